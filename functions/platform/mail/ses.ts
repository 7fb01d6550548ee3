import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mail } from './mailer';

let client: SESv2Client | undefined;

/**
 * One SES v2 client per process, loaded on first use; the function's role
 * may send only from the portal's own identity.
 */
export async function sendWithSes(from: string, mail: Mail): Promise<void> {
  const { SESv2Client: Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
  client ??= new Client({});
  await client.send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: mail.to },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
        },
      },
    }),
  );
}
