import { describe, expect, it } from 'vitest';
import { parsePlanImport } from '../../shared/plan/import';
import { dropColumn, dxFiles, errorsOf, ictFiles, parsedOk, setCell } from './support/plan-files';

const dx = dxFiles();
const ict = ictFiles();
const withMeasures = (measuresCsv: string) => ({ ...dx, measuresCsv });
const withIndicators = (indicatorsCsv: string) => ({ ...dx, indicatorsCsv });
const appendIndicators = (...lines: string[]) => withIndicators(`${dx.indicatorsCsv.trimEnd()}\n${lines.join('\n')}\n`);
const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;

describe('an invalid measures file', () => {
  it('has every bad row reported with its row number and column, and nothing is returned to write', () => {
    let csv = setCell(dx.measuresCsv, 1, 'rating_symbol', '■'); // 1-1 is achieved (◎)
    csv = setCell(csv, 4, 'abolished', 'yes');
    csv = setCell(csv, 9, 'rating', 'excellent');
    const result = parsePlanImport(withMeasures(csv));
    expect(result.ok).toBe(false);
    expect('plan' in result || 'measures' in result || 'results' in result).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual(['measures:1:rating_symbol', 'measures:4:abolished', 'measures:9:rating']);
    for (const e of result.errors) {
      expect(e.message.ja).toMatch(JAPANESE);
      expect(e.message.en).toMatch(/^[A-Za-z].*[a-z].*[.)]$/);
    }
    expect(result.errors[0]!.message.en).toContain('achieved');
    expect(result.errors[2]!.message.ja).toContain('excellent');
  });

  it('has a missing required header column reported on row 0', () => {
    expect(errorsOf(withMeasures(dx.measuresCsv.replace(',bureau,', ',bureau_x,')))).toEqual(['measures:0:bureau']);
    expect(errorsOf(withMeasures(dx.measuresCsv.replace('measure_no,', 'no,').replace(',actual,', ',result,')))).toEqual(['measures:0:measure_no', 'measures:0:actual']);
  });

  it('has a missing group level column reported by the level id', () => {
    expect(errorsOf(withMeasures(dx.measuresCsv.replace('area_no,', 'area_number,')))).toEqual(['measures:0:area']);
    expect(errorsOf(withMeasures(dx.measuresCsv.replace('pillar,', 'pillar_name,')))).toEqual(['measures:0:pillar']);
  });

  it('reports duplicate measure numbers, and the indicator rows the renumbering orphans', () => {
    const errors = errorsOf(withMeasures(setCell(dx.measuresCsv, 3, 'measure_no', '1-1')));
    expect(errors).toEqual(['measures:3:measure_no', 'indicators:3:measure_no']);
    expect(parsePlanImport(withMeasures(setCell(dx.measuresCsv, 3, 'measure_no', '1-1')))).toMatchObject({
      errors: [{ message: { en: 'Measure number 1-1 is already used in row 1.' } }, {}],
    });
  });

  it('reports malformed measure numbers, empty names and bureaus, and bad group cells', () => {
    let csv = setCell(dx.measuresCsv, 2, 'measure_no', '１-２');
    csv = setCell(csv, 5, 'measure_name', '');
    csv = setCell(csv, 6, 'bureau', '');
    csv = setCell(csv, 7, 'pillar', '');
    csv = setCell(csv, 8, 'area_no', '1/2');
    csv = setCell(csv, 10, 'area_name', '');
    expect(errorsOf(withMeasures(csv))).toEqual([
      'measures:2:measure_no',
      'measures:5:measure_name',
      'measures:6:bureau',
      'measures:7:pillar',
      'measures:8:area_no',
      'measures:10:area_name',
      // 1-2 is no longer in the measures file, so its indicator row is orphaned.
      'indicators:2:measure_no',
    ]);
  });

  it('reports a group named differently from its first appearance', () => {
    expect(errorsOf(withMeasures(setCell(dx.measuresCsv, 5, 'area_name', '子ども')))).toEqual(['measures:5:area_name']);
  });

  it('reports an unknown rating symbol, and reads a symbol without a rating as that rating (◯ too)', () => {
    expect(errorsOf(withMeasures(setCell(dx.measuresCsv, 1, 'rating_symbol', '☆')))).toEqual(['measures:1:rating_symbol']);
    const bySymbol = parsedOk(withMeasures(setCell(setCell(dx.measuresCsv, 1, 'rating', ''), 6, 'rating', '')));
    expect(bySymbol.results[0]!.confirmedRating).toBe('achieved');
    const alias = parsedOk(withMeasures(setCell(setCell(dx.measuresCsv, 6, 'rating', ''), 6, 'rating_symbol', '◯')));
    expect(alias.results[5]).toMatchObject({ measureNo: '1-6', confirmedRating: 'mostly_achieved' });
  });

  it('leaves the confirmed rating out when neither rating nor symbol is given, so the computed one stands', () => {
    const parsed = parsedOk(withMeasures(setCell(setCell(dx.measuresCsv, 3, 'rating', ''), 3, 'rating_symbol', '')));
    expect(parsed.results[2]).toMatchObject({ measureNo: '1-3', computedRating: 'not_achieved' });
    expect(parsed.results[2]).not.toHaveProperty('confirmedRating');
  });

  it('reports a row with too many or too few cells once, without guessing at its misaligned cells', () => {
    const lines = dx.measuresCsv.split('\n');
    lines[3] = lines[3]!.replace('デジタル版子ども目線会議運営', 'デジタル版,子ども目線会議運営');
    lines[4] = lines[4]!.split(',').slice(0, 5).join(',');
    expect(errorsOf(withMeasures(lines.join('\n')))).toEqual(['measures:3:', 'measures:4:']);
  });

  it('reports duplicate header columns, an empty file, a file with no rows and text that is not CSV', () => {
    expect(errorsOf(withMeasures(dx.measuresCsv.replace(',reason,', ',bureau,')))).toEqual(['measures:0:bureau']);
    expect(errorsOf(withMeasures(''))).toEqual(['measures:0:']);
    expect(errorsOf({ ...withMeasures(dx.measuresCsv.split('\n')[0]!), indicatorsCsv: undefined })).toEqual(['measures:1:']);
    expect(errorsOf(withMeasures('measure_no,measure_name\n1-1,"unclosed\n'))).toEqual(['measures:1:']);
  });

  it('counts rows by line after the header, blank lines included, so people find them in an editor', () => {
    const lines = dx.measuresCsv.split('\n');
    lines.splice(2, 0, '', ',,,,,,,,,,,,');
    const csv = setCell(lines.join('\n'), 6, 'abolished', 'maybe');
    expect(errorsOf(withMeasures(csv))).toEqual(['measures:6:abolished']);
  });

  it('accepts TRUE/FALSE and empty abolished cells, as spreadsheets write them', () => {
    const parsed = parsedOk(withMeasures(setCell(setCell(dx.measuresCsv, 1, 'abolished', 'FALSE'), 2, 'abolished', '')));
    expect(parsed.measures.slice(0, 2).map((m) => m.abolished)).toEqual([false, false]);
    expect(parsedOk(withMeasures(setCell(dx.measuresCsv, 3, 'abolished', 'True'))).measures[2]!.abolished).toBe(true);
  });
});

describe('an invalid indicators file', () => {
  it('reports indicators of unknown measures, bad sub_no, kind, direction and values, every one', () => {
    const errors = errorsOf(
      appendIndicators(
        '99-9,1,x,1件,1件,件,higher,numeric,1,1',
        '1-1,0,x,1件,1件,件,higher,numeric,1,1',
        '1-1,1,x,1件,1件,件,higher,numeric,1,1',
        '1-1,2,x,1件,1件,件,up,numeric,1,1',
        '1-1,3,x,1件,1件,件,higher,number,1,1',
        '1-1,4,x,1件,1件,件,higher,numeric,abc,1',
        '1-1,5,x,1件,1件,件,higher,numeric,1,1万',
        '1-1,6,x,1件,1件,件,higher,numeric,,1',
        '1-1,7,x,1件,1件,件,,numeric,1,1',
        '1-1,8,x,,実施,,,milestone,,',
        '1-1,a,x,1件,1件,件,higher,numeric,1,1',
      ),
    );
    expect(errors).toEqual([
      'indicators:238:measure_no',
      'indicators:239:sub_no',
      'indicators:240:sub_no',
      'indicators:241:direction',
      'indicators:242:kind',
      'indicators:243:target_value',
      'indicators:244:actual_value',
      'indicators:245:target_value',
      'indicators:246:direction',
      'indicators:247:target',
      'indicators:248:sub_no',
    ]);
  });

  it('reports a measure that has no indicator row (unless abolished)', () => {
    const lines = dx.indicatorsCsv.split('\n').filter((l) => !l.startsWith('1-3,'));
    expect(errorsOf(withIndicators(lines.join('\n')))).toEqual(['measures:3:measure_no']);
  });

  it('reports missing header columns, and a missing direction column once', () => {
    expect(errorsOf(withIndicators(dx.indicatorsCsv.replace(',kind,', ',type,')))).toEqual(['indicators:0:kind']);
    expect(errorsOf(withIndicators(dropColumn(dx.indicatorsCsv, 'direction')))).toEqual(['indicators:0:direction']);
  });

  it('reads numbers from the printed text when the file has no value columns', () => {
    const parsed = parsedOk({ ...ict, indicatorsCsv: dropColumn(dropColumn(ict.indicatorsCsv, 'target_value'), 'actual_value') });
    expect(parsed.results.find((r) => r.measureNo === '3-1')!.values[0]).toEqual({ subNo: 1, target: { text: '1,000件', value: 1000 }, actual: { text: '1,500件', value: 1500 } });
    expect(parsed.results.map((r) => r.computedRating)).toEqual(parsedOk(ict).results.map((r) => r.computedRating));
  });
});

describe('an invalid plan file', () => {
  it('reports every schema problem with its field path, in Japanese and English', () => {
    const plan = structuredClone(dx.plan) as { id: string; levels: unknown[]; orgCode: string; ratingScheme: { levels: { rank: unknown }[] } };
    plan.id = 'Bad Id';
    plan.levels = [];
    plan.orgCode = '14000';
    plan.ratingScheme.levels[0]!.rank = 'high';
    const result = parsePlanImport({ ...dx, plan });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const plans = result.errors.filter((e) => e.file === 'plan');
    expect(plans.map((e) => e.column)).toEqual(['id', 'orgCode', 'levels', 'ratingScheme.levels.0.rank']);
    for (const e of plans) {
      expect(e.row).toBe(0);
      expect(e.message.ja).toMatch(JAPANESE);
      expect(e.message.en).toMatch(/[a-z]/);
    }
    expect(plans.find((e) => e.column === 'ratingScheme.levels.0.rank')!.message.ja).toContain('数値');
  });

  it('still has the CSV files checked, so one attempt shows every problem', () => {
    const errors = errorsOf({ ...withMeasures(setCell(dx.measuresCsv, 2, 'abolished', 'maybe')), plan: { ...(dx.plan as object), id: '' } });
    expect(errors).toEqual(['plan:0:id', 'measures:2:abolished']);
  });

  it('reports rules naming levels the scheme lacks, duplicate ids and symbols, and reserved level ids', () => {
    const plan = structuredClone(dx.plan) as {
      levels: { id: string }[];
      ratingScheme: { levels: { id: string; symbol: string }[]; rules: Record<string, unknown> };
    };
    plan.ratingScheme.rules.pending = 'counting';
    plan.ratingScheme.levels[4]!.symbol = '◎';
    plan.levels[1]!.id = 'measure';
    const errors = errorsOf({ ...dx, plan });
    expect(errors.slice(0, 3)).toEqual(['plan:0:ratingScheme.rules.pending', 'plan:0:ratingScheme.levels', 'plan:0:levels.1.id']);
  });

  it('refuses a fiscal year outside the plan period (2024–2027)', () => {
    expect(errorsOf({ ...dx, fiscalYear: 2030 })).toEqual(['plan:0:period']);
    expect(errorsOf({ ...dx, fiscalYear: 2023 })).toEqual(['plan:0:period']);
    expect(errorsOf({ ...dx, fiscalYear: 2024.5 })).toEqual(['plan:0:period']);
    expect(parsePlanImport({ ...dx, fiscalYear: 2027 }).ok).toBe(true);
  });
});

describe('errors from several files', () => {
  it('come in reading order: plan, measures, indicators, each by row', () => {
    const errors = errorsOf({
      ...appendIndicators('99-9,1,x,1件,1件,件,higher,numeric,1,1'),
      measuresCsv: setCell(setCell(dx.measuresCsv, 9, 'abolished', 'x'), 2, 'abolished', 'x'),
      fiscalYear: 2031,
    });
    expect(errors).toEqual(['plan:0:period', 'measures:2:abolished', 'measures:9:abolished', 'indicators:238:measure_no']);
  });
});
