import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

let documentClient: DynamoDBDocumentClient | undefined;
let clientEndpoint: string | undefined;

/**
 * One DynamoDB document client per process (it keeps its connections warm
 * across Lambda invocations). Locally it talks to DynamoDB Local with fixed
 * fake credentials: DynamoDB Local accepts only letters and digits there.
 */
export function ddb(): DynamoDBDocumentClient {
  const { dynamodbEndpoint, region } = config();
  if (!documentClient || clientEndpoint !== dynamodbEndpoint) {
    const client = new DynamoDBClient({
      region,
      ...(dynamodbEndpoint
        ? {
            endpoint: dynamodbEndpoint,
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            // Fail fast while DynamoDB Local is down instead of retrying for seconds.
            maxAttempts: 2,
          }
        : {}),
    });
    documentClient = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    clientEndpoint = dynamodbEndpoint;
  }
  return documentClient;
}

export function tableName(): string {
  return config().tableName;
}
