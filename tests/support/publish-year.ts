import { seedPublishedYears } from '../../scripts/seed';

/**
 * Marks FY2024 of the seeded plan 公表済 through the publication service, as `npm start` does, for tests of what the
 * public reads and of errata. Does nothing when the year is already published.
 */
export async function publishSeededYear(fiscalYear = 2024): Promise<void> {
  await seedPublishedYears(fiscalYear);
}
