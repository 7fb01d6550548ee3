import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { GLOBAL_SECONDARY_INDEXES, TABLE_KEY } from '../../functions/repositories/table-schema';

/**
 * The portal's single DynamoDB table. Its keys and indexes come from
 * functions/repositories/table-schema.ts, which the local bootstrap reads too.
 */
export class PortalData extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const string = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: string(TABLE_KEY.partitionKey),
      sortKey: string(TABLE_KEY.sortKey),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      // Plan results and their audit trail are public records: never delete them with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: GLOBAL_SECONDARY_INDEXES.map((g) => ({
        indexName: g.indexName,
        partitionKey: string(g.partitionKey),
        sortKey: string(g.sortKey),
      })),
    });
  }
}
