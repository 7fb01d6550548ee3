import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureOf, normaliseFigureText, parseFigure, readFigure } from '../../shared/plan/figures';

describe('reading printed figures (data README normalisation)', () => {
  it.each([
    ['５万人', 50000],
    ['1,200万件', 12000000],
    ['4.31億円', 431000000],
    ['1.75億円', 175000000],
    ['99.94%', 99.94],
    ['99.94％', 99.94],
    ['約1,700件', 1700],
    ['約19万件', 190000],
    ['90％以上', 90],
    ['500件以上', 500],
    ['10,000人(累計)', 10000],
    ['10,000人（累計）', 10000],
    ['年間12,500時間', 12500],
    ['75,000件/年', 75000],
    ['116,691 回', 116691],
    ['０件', 0],
    ['0.0%', 0],
    ['２産地', 2],
    [' 44帳票 ', 44],
    ['1,200', 1200],
    ['-5%', -5],
  ])('%s → %d', (text, expected) => expect(parseFigure(text)).toBe(expected));

  it.each([
    '※',
    '実績なし',
    '―',
    '',
    '実施',
    '安定運用',
    '②・③合計 3,915件', // NFKC would turn ②・③ into 2・3
    '①100% ②前年度比5%向上',
    '12路線 26箇所', // two figures
    '前年度比5%向上',
    '10月から軽油引取税電子申告開始', // a stated state, not the figure 10
    '当該年度補助施設における平均残業時間の前年度比20%減',
    '【高等学校・中等教育学校】12.8%',
    '1.2.3件',
  ])('%s is not one figure', (text) => expect(parseFigure(text)).toBeUndefined());

  it('gives the unit that follows the number', () => {
    expect(readFigure('５万人')).toEqual({ value: 50000, unit: '人' });
    expect(readFigure('4.31億円')).toEqual({ value: 431000000, unit: '円' });
    expect(readFigure('99.94％')).toEqual({ value: 99.94, unit: '%' });
    expect(readFigure('485,600PV')).toEqual({ value: 485600, unit: 'PV' });
    expect(readFigure('1200')).toEqual({ value: 1200, unit: '' });
  });

  it('normalises as the README says before reading', () => {
    expect(normaliseFigureText('約１，７００件')).toBe('1700件');
    expect(normaliseFigureText('年間 12,500時間')).toBe('12500時間');
    expect(normaliseFigureText('90％以上')).toBe('90%');
  });

  it('keeps the printed text beside the value', () => {
    expect(figureOf('５万人', 50000)).toEqual({ text: '５万人', value: 50000 });
    expect(figureOf('※')).toEqual({ text: '※' });
  });

  it('agrees with every numeric value of the FY2024 indicators file but the ones read by hand', () => {
    const rows = parse(readFileSync('data/kanagawa-dx/kanagawa-dx-plan-fy2024-indicators.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    const numeric = rows.filter((r) => r.kind === 'numeric');
    const disagreeing: string[] = [];
    for (const r of numeric) {
      if (parseFigure(r.target!) !== Number(r.target_value)) disagreeing.push(`${r.measure_no}-${r.sub_no} target`);
      const actual = r.actual_value === '' ? undefined : Number(r.actual_value);
      if (parseFigure(r.actual!) !== actual) disagreeing.push(`${r.measure_no}-${r.sub_no} actual`);
    }
    // The README's hand readings: 3-10 ② 前年度比5%向上 → 5, 3-16 …前年度比20％減 → 20, 12-3 12路線 26箇所 → 26.
    expect(disagreeing).toEqual(['3-10-2 target', '3-16-1 target', '12-3-1 target', '12-3-1 actual']);
    expect(numeric).toHaveLength(143);
  });
});
