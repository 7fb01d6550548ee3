import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEY } from '../../functions/platform/db/table-schema';

/** The environment variable through which the API learns the table's name (read by functions/platform/config.ts). */
export const TABLE_NAME_ENV = 'TABLE_NAME';

/**
 * The portal's single DynamoDB table (single-table design). Its keys and
 * indexes come from functions/platform/db/table-schema.ts, which the local
 * DynamoDB bootstrap reads too, so the deployed and local tables cannot drift.
 *
 * Functions get at the table only through {@link PortalData.bindTo}.
 */
export class PortalData extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const string = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new Table(this, 'Table', {
      partitionKey: string(TABLE_KEY.partitionKey),
      sortKey: string(TABLE_KEY.sortKey),
      // A portal used in office hours and around reporting deadlines: on-demand beats idle provisioned capacity.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // The AWS-managed key (aws/dynamodb): encrypted at rest, with CloudTrail-visible key use, no key to administer.
      encryption: TableEncryption.AWS_MANAGED,
      // Plan results and their audit trail are public records: never delete them with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const gsi of GLOBAL_SECONDARY_INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: string(gsi.partitionKey),
        sortKey: string(gsi.sortKey),
        // The repositories read whole items from the indexes; ALL avoids a second read per item.
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /**
   * Binds the table to a function: tells it the table's name and grants
   * item-level read/write on the table and its indexes, nothing more (no
   * table administration, no other tables).
   */
  bindTo(fn: LambdaFunction): void {
    fn.addEnvironment(TABLE_NAME_ENV, this.table.tableName);
    this.table.grantReadWriteData(fn);
  }
}
