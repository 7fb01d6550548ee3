/**
 * The official names of Kanagawa and its 33 municipalities, in Japanese and English, as
 * data/kanagawa-dx/kanagawa-municipalities.csv gives them (tests/unit/org-names.test.ts keeps the two equal).
 * Kept in code so a page can name a municipality in either language without waiting for the organisations list.
 */
export const KANAGAWA_ORG_NAMES: readonly (readonly [code: string, ja: string, en: string])[] = [
  ['140007', '神奈川県', 'Kanagawa Prefecture'],
  ['141003', '横浜市', 'Yokohama City'],
  ['141305', '川崎市', 'Kawasaki City'],
  ['141500', '相模原市', 'Sagamihara City'],
  ['142018', '横須賀市', 'Yokosuka City'],
  ['142034', '平塚市', 'Hiratsuka City'],
  ['142042', '鎌倉市', 'Kamakura City'],
  ['142051', '藤沢市', 'Fujisawa City'],
  ['142069', '小田原市', 'Odawara City'],
  ['142077', '茅ヶ崎市', 'Chigasaki City'],
  ['142085', '逗子市', 'Zushi City'],
  ['142107', '三浦市', 'Miura City'],
  ['142115', '秦野市', 'Hadano City'],
  ['142123', '厚木市', 'Atsugi City'],
  ['142131', '大和市', 'Yamato City'],
  ['142140', '伊勢原市', 'Isehara City'],
  ['142158', '海老名市', 'Ebina City'],
  ['142166', '座間市', 'Zama City'],
  ['142174', '南足柄市', 'Minamiashigara City'],
  ['142182', '綾瀬市', 'Ayase City'],
  ['143014', '葉山町', 'Hayama Town'],
  ['143219', '寒川町', 'Samukawa Town'],
  ['143413', '大磯町', 'Oiso Town'],
  ['143421', '二宮町', 'Ninomiya Town'],
  ['143618', '中井町', 'Nakai Town'],
  ['143626', '大井町', 'Oi Town'],
  ['143634', '松田町', 'Matsuda Town'],
  ['143642', '山北町', 'Yamakita Town'],
  ['143669', '開成町', 'Kaisei Town'],
  ['143821', '箱根町', 'Hakone Town'],
  ['143839', '真鶴町', 'Manazuru Town'],
  ['143847', '湯河原町', 'Yugawara Town'],
  ['144011', '愛川町', 'Aikawa Town'],
  ['144029', '清川村', 'Kiyokawa Village'],
];

const NAMES = new Map(KANAGAWA_ORG_NAMES.map(([code, ja, en]) => [code, { ja, en }]));

/**
 * An organisation's official name in both languages by its code (横浜市 / Yokohama City), from the official list;
 * the code in both when the list does not know it. shared/org/organisation.ts re-exports it.
 */
export function orgName(code: string): { ja: string; en: string } {
  return NAMES.get(code) ?? { ja: code, en: code };
}

/** The prefecture's planning regions (地域) in English, as the prefecture's English pages name them. */
export const KANAGAWA_REGION_NAMES_EN: Readonly<Record<string, string>> = {
  横浜: 'Yokohama',
  川崎: 'Kawasaki',
  相模原: 'Sagamihara',
  横須賀三浦: 'Yokosuka-Miura',
  県央: 'Central Kanagawa',
  湘南: 'Shonan',
  県西: 'Western Kanagawa',
};
