import type { Principal } from '../../../shared/auth/roles';
import { forbidden, notFound } from '../../../shared/errors';
import { prefectureOrgCode } from '../../../shared/org/codes';
import { VALUES_FILE_COLUMNS } from '../../../shared/shared-measures/values-file';
import { TEMPLATE_CHOICES, templateRows, type TemplateValue } from '../../../shared/shared-measures/values-template';
import { writeXlsx, type XlsxList } from '../../platform/files/xlsx';
import { organisationsOf } from '../organisations';
import { catalogueOf } from './catalogue-cache';
import { listAllOrganisationValues } from './shared-values.table';

const GUIDE = [
  '白い列（値・備考・出典）を記入し、このファイルのまま「ファイルで報告」から取り込んでください。',
  '灰色の列（指標名・期間名・団体名・単位）は参考のための列で、取込では読みません。指標ID・期間・団体コード・項目は変えないでください。',
  'はい・いいえの指標と、システム標準化の項目は、値のセルの一覧から選んでください。',
  '前期から大きく変わった値など、確認が必要な値には備考に理由を書いてください（書かないと取り込めません）。',
  '取り込む前に、変更内容（前 → 後）を画面で確認できます。県が確認するまで公開されません。',
  'Fill in the white columns (value, note, source) and upload this file. Grey columns are for reference and are not read.',
];

/**
 * The XLSX template of one municipality (GET /api/organisations/{orgCode}/shared-values/template.xlsx): its
 * municipal staff get their own, the prefecture any municipality's. One Query (the municipality's values) and the
 * cached catalogue and organisations.
 */
export async function valuesTemplate(principal: Principal, orgCode: string, now = new Date()): Promise<{ file: Buffer; orgName: string }> {
  if (principal.role === 'municipal_staff' && principal.orgCode !== orgCode) {
    throw forbidden({
      ja: '他の市町村の報告用ファイルはダウンロードできません。自団体のファイルのみ取得できます。',
      en: 'You may download only your own municipality’s template.',
    });
  }
  const prefCode = prefectureOrgCode(principal.orgCode);
  const [organisations, measures, values] = await Promise.all([organisationsOf(prefCode), catalogueOf(prefCode), listAllOrganisationValues(prefCode, orgCode)]);
  const org = organisations.find((o) => o.code === orgCode && o.kind !== 'prefecture');
  if (!org) throw notFound({ ja: `団体コード「${orgCode}」の市町村`, en: `Municipality ${orgCode}` });

  const rows = templateRows({ measures, org, values, now });
  const valueColumn = VALUES_FILE_COLUMNS.findIndex((c) => c.key === 'value');
  const listOf = (kind: keyof typeof TEMPLATE_CHOICES): XlsxList => ({
    column: valueColumn,
    rows: rows.flatMap((r, i) => (r.choices === kind ? [i] : [])),
    values: TEMPLATE_CHOICES[kind],
  });
  const file = writeXlsx([
    {
      name: '共通指標の報告',
      columns: VALUES_FILE_COLUMNS.map((c) => ({ header: c.ja, width: c.width, readOnly: c.readOnly === true })),
      rows: rows.map((r) => VALUES_FILE_COLUMNS.map((c) => r.cells[c.key])),
      lists: [listOf('boolean'), listOf('status')],
    },
    { name: '記入方法', columns: [{ header: '記入方法 / How to fill in', width: 110 }], rows: GUIDE.map((line) => [line]) },
  ]);
  return { file, orgName: org.name };
}
