/**
 * The single DynamoDB table's key schema. Both the CDK stack and the local
 * table bootstrap read these names, so the two worlds cannot drift apart.
 */
export const TABLE_KEY = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** GSI1: an entity's items across another dimension (a measure's results across fiscal years). */
export const GSI1 = { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;

/** GSI2: work queues and per-organisation views (a municipality's values, reports awaiting review). */
export const GSI2 = { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' } as const;

export const GLOBAL_SECONDARY_INDEXES = [GSI1, GSI2] as const;
