import type { Principal } from '../../shared/auth/roles';
import { actionItemSaveSchema } from '../../shared/meetings/action-item';
import { meetingInputSchema } from '../../shared/meetings/meeting';
import { saveActionItem } from '../../functions/features/meetings/action-items';
import { saveMeeting } from '../../functions/features/meetings/meetings';
import { listAllMeetings } from '../../functions/features/meetings/meetings.table';

const PREF = '140007';
const SECRETARIAT: Principal = { userId: 'system-seed', name: '初期データ', role: 'prefecture_admin', orgCode: PREF };

/**
 * The first council meeting of 令和8年度 (m-2026-1, tests/support/pages.ts), with public minutes. Its action items
 * leave 平塚市 and 横浜市 nothing open (their task lists are counted by the tasks tests): 平塚市's is done, the
 * others belong to the prefecture and to 藤沢市.
 */
const MEETING = meetingInputSchema.parse({
  title: '令和8年度第1回 県市町村デジタル推進会議',
  date: '2026-07-16',
  place: '神奈川県庁 新庁舎 大会議場',
  online: true,
  agenda: [
    { title: '令和8年度の県市町村DX推進の取組について', presenter: 'デジタル戦略本部室' },
    { title: '自治体情報システムの標準化・共通化の進捗', presenter: 'デジタル戦略本部室' },
    { title: 'マイナンバーカードの利活用事例の共有', presenter: '平塚市' },
    { title: '生成AIの共同利用に向けた検討', presenter: '藤沢市' },
  ],
  decisions: [
    { id: 'd1', text: '標準準拠システムへの移行状況を四半期ごとに本会議で共有する。' },
    { id: 'd2', text: '生成AIの共同利用について、県と希望する市町村で検討会を設ける。' },
    { id: 'd3', text: 'マイナンバーカードの利活用事例を県がとりまとめ、ポータルのよくある相談に掲載する。' },
  ],
  minutes:
    '開会後、デジタル戦略本部室から令和8年度の取組方針を説明した。\n標準化については、移行計画の遅れが見込まれる団体への個別支援を続けることを確認した。\n平塚市からマイナンバーカードを使った窓口手続の事例が報告され、各団体から質疑があった。\n藤沢市から生成AIの共同利用について提案があり、検討会を設けることとした。',
  minutesPublic: true,
});

const ITEMS = [
  { id: 'i1', text: 'マイナンバーカード利活用事例の資料を提供する', owner: '142034', deadline: '2026-08-31', status: 'done', note: '8月20日に資料を提出済み' },
  { id: 'i2', text: '標準化の移行状況調査の様式を作成し、市町村に照会する', owner: 'prefecture', deadline: '2027-03-31', status: 'in_progress', note: '' },
  { id: 'i3', text: '生成AI共同利用検討会の参加希望団体をとりまとめる', owner: '142051', deadline: '2027-02-26', status: 'open', note: '' },
] as const;

/**
 * Sample meetings for npm start and the browser tests (issue 17), written through the same services as the routes.
 * Writes nothing when the prefecture already has a meeting, so a restart changes nothing.
 */
export async function seedMeetings(now = new Date()): Promise<number> {
  if ((await listAllMeetings(PREF)).length > 0) return 0;
  await saveMeeting(PREF, 'm-2026-1', MEETING, 0, SECRETARIAT, now);
  for (const { id, ...item } of ITEMS) {
    await saveActionItem(PREF, 'm-2026-1', id, actionItemSaveSchema.parse({ version: 0, ...item }), SECRETARIAT, now);
  }
  return 1;
}
