import { userPage } from './users.table';

/**
 * The e-mail addresses of a municipality's active staff (their sign-in addresses): where reminders go when no
 * other contact is known. One Query a page (pattern 9); a municipality has tens of staff, not thousands.
 */
export async function activeStaffEmails(prefCode: string, orgCode: string): Promise<string[]> {
  const emails: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await userPage(prefCode, { orgCode, role: 'municipal_staff', status: 'active' }, 100, cursor);
    emails.push(...page.items.map((u) => u.email));
    cursor = page.nextCursor;
  } while (cursor);
  return [...new Set(emails)];
}
