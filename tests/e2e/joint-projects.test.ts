import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousAccessibilityViolations, signIn } from '../support/browser';
import { usePortalInBrowser } from '../support/portal-in-browser';

const portal = usePortalInBrowser();
const PROJECT = '情報システム等の共同調達・共同利用';
/** 座間市 takes part (導入・運用) and has not reported for 令和8年度 第2四半期, whose deadline (2026-10-15) has passed. */
const ZAMA = '座間市';
const PERIOD = '令和8年度 第2四半期';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
}

async function openProject(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '協働事業' }).click();
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
}

const overdueRows = (page: Page) => page.getByRole('table', { name: /期限を過ぎた日数の多い順/ }).getByRole('row').filter({ hasText: PERIOD });
const hoursSaved = async (page: Page) => Number((await page.getByRole('listitem').filter({ hasText: '削減された業務時間' }).locator('strong').innerText()).replace(/[^\d.]/g, ''));

async function openOwnReport(page: Page) {
  await openProject(page);
  await page.getByRole('table', { name: '報告期間ごとの状況' }).getByRole('link', { name: PERIOD }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`${ZAMA}の進捗報告`) }).waitFor();
}

async function openFromReviewQueue(page: Page) {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '協働事業' }).click();
  await page.getByRole('table', { name: '提出が古い順' }).getByRole('link', { name: ZAMA }).click();
  await page.getByRole('heading', { level: 2, name: '確認' }).waitFor();
}

describe('a progress report from draft to approval, in the browser', () => {
  it('the municipality drafts and submits, the prefecture returns it, the municipality resubmits, the prefecture approves; the board and overdue list follow', async () => {
    const pref = await newPage(portal.browser);
    await signIn(pref, portal.stack.baseUrl, '県職員', '総務局 職員');
    await openProject(pref);
    await expect(overdueRows(pref).filter({ hasText: ZAMA }).count()).resolves.toBe(1);
    const hoursBefore = await hoursSaved(pref);
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    // The municipality writes a draft, then submits.
    const muni = await newPage(portal.browser);
    await signIn(muni, portal.stack.baseUrl, '市町村職員', ZAMA);
    await openOwnReport(muni);
    await muni.getByLabel('進捗').selectOption('予定どおり');
    await muni.getByRole('button', { name: '下書き保存' }).click();
    await muni.getByText('下書きを保存しました。').waitFor();
    await muni.getByRole('button', { name: '提出する' }).click();
    await muni.getByText('「削減された業務時間」は提出に必要です。').waitFor();
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);
    await muni.getByLabel('削減された業務時間（時間）').fill('１２０');
    await muni.getByLabel('取組内容・課題').fill('RPAを会計事務に導入しました。');
    await muni.getByRole('button', { name: '提出する' }).click();
    await muni.getByText('報告を提出しました。').waitFor();
    await expect(muni.getByText('提出済（確認待ち）').first().isVisible()).resolves.toBe(true);

    // The prefecture returns it with a comment.
    await openFromReviewQueue(pref);
    await pref.getByRole('button', { name: '差戻し' }).click();
    await pref.getByText('差戻しの理由をコメントに書いてください。').waitFor();
    await pref.getByLabel('コメント（差戻しの場合は必須）').fill('削減時間の算定方法を取組内容に書いてください。');
    await pref.getByRole('button', { name: '差戻し' }).click();
    await pref.getByText('報告を差し戻しました。').waitFor();
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    // The municipality sees the notice and the comment, revises and resubmits.
    await muni.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'お知らせ' }).click();
    await muni.getByRole('link', { name: '進捗報告が差し戻されました' }).first().click();
    await muni.getByText('この報告は差し戻されています。').waitFor();
    await expect(muni.getByText('削減時間の算定方法を取組内容に書いてください。').isVisible()).resolves.toBe(true);
    await muni.getByLabel('取組内容・課題').fill('RPAを会計事務に導入しました。削減時間は月10時間×12か月で算定。');
    await muni.getByRole('button', { name: '提出する' }).click();
    await muni.getByText('報告を提出しました。').waitFor();
    expect(await seriousAccessibilityViolations(muni)).toEqual([]);

    // Submitted: it leaves the overdue list.
    await openProject(pref);
    // The board may first show what was cached before the submission, then the refetched list.
    await expect.poll(() => overdueRows(pref).filter({ hasText: ZAMA }).count(), { timeout: 15_000 }).toBe(0);

    // The prefecture approves; the effects add the approved hours.
    await openFromReviewQueue(pref);
    await pref.getByRole('button', { name: '承認', exact: true }).click();
    await pref.getByText('報告を承認しました。').waitFor();
    await expect(pref.getByRole('listitem').filter({ hasText: '承認（提出済（確認待ち） → 承認済）' }).count()).resolves.toBe(1);
    await openProject(pref);
    await expect.poll(() => hoursSaved(pref), { timeout: 15_000 }).toBe(hoursBefore + 120);
    expect(await seriousAccessibilityViolations(pref)).toEqual([]);

    // Another municipality sees the approved report, without the review conversation.
    const other = await newPage(portal.browser);
    await signIn(other, portal.stack.baseUrl, '市町村職員', '平塚市');
    await other.goto(`${portal.stack.baseUrl}/joint-projects/joint-procurement/reports/2026-Q2/142166`);
    await other.getByRole('heading', { level: 2, name: '報告の内容' }).waitFor();
    await expect(other.getByRole('heading', { name: 'コメント' }).count()).resolves.toBe(0);
  });
});

describe('an administrator defines a project', () => {
  it('fills in phases, a reporting period and a report field, adds a municipality, and the plan measure lists the project', async () => {
    const admin = await newPage(portal.browser);
    await signIn(admin, portal.stack.baseUrl, '県 管理者', 'デジタル戦略本部室 管理者');
    await admin.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '協働事業' }).click();
    await admin.getByRole('link', { name: '協働事業の登録・編集' }).click();
    await admin.getByLabel('事業ID（英小文字・数字・ハイフン）').fill('e-bidding');
    await admin.getByLabel('事業名').fill('かながわ電子入札共同システム');
    await admin.getByLabel('種類', { exact: true }).selectOption('shared_system');
    await admin.getByLabel('関連する施策番号（例: 21-1、21-4）').fill('21-3');
    await admin.getByRole('button', { name: '報告期間を追加' }).click();
    await admin.getByLabel('報告期間1のID').fill('2027-FY');
    await admin.getByLabel('報告期間1の表示名').fill('令和9年度');
    await admin.getByLabel('報告期間1の提出期限').fill('2028-04-30');
    await admin.getByRole('button', { name: '項目を追加' }).click();
    await admin.getByLabel('項目2のID').fill('uptime');
    await admin.getByLabel('項目2の名前').fill('稼働率');
    await admin.getByLabel('項目2の単位').fill('%');
    await admin.getByLabel('項目2を効果に合計する').uncheck();
    // A duplicate phase id is refused with the reason, and nothing is saved.
    await admin.getByLabel('フェーズ2のID').fill('trial');
    await admin.getByRole('button', { name: '保存する' }).click();
    await admin.getByText(/フェーズID「trial」が重複しています。/).waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await admin.getByLabel('フェーズ2のID').fill('live');
    await admin.getByRole('button', { name: '保存する' }).click();
    await admin.getByRole('heading', { level: 1, name: 'かながわ電子入札共同システム' }).waitFor();

    await admin.getByLabel('市町村', { exact: true }).selectOption({ label: '横浜市' });
    await admin.getByLabel('フェーズ', { exact: true }).selectOption({ label: '導入・運用' });
    await admin.getByLabel(/リマインドの送信先/).fill('dx@city.yokohama.example.lg.jp');
    await admin.getByRole('button', { name: '参加団体に追加' }).click();
    await admin.getByText('横浜市を「導入・運用」にしました。').waitFor();
    await expect(admin.getByRole('listitem').filter({ hasText: '導入・運用中' }).locator('strong').innerText()).resolves.toBe('1団体');
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    await admin.goto(`${portal.stack.baseUrl}/measures/21-3`);
    await admin.getByRole('heading', { level: 2, name: '関連する協働事業' }).waitFor();
    await expect(admin.getByRole('link', { name: 'かながわ電子入札共同システム' }).isVisible()).resolves.toBe(true);
  });
});
