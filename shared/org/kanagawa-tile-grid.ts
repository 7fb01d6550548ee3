/**
 * The tile-grid map of Kanagawa, with each municipality's region: one square per municipality, placed roughly
 * where it lies (west → east, north → south). No npm package ships municipal
 * boundary polygons, so this committed layout is the map.
 */
export interface Tile {
  code: string;
  name: string;
  col: number;
  row: number;
  /** The prefecture's planning region (地域): 横浜, 川崎, 相模原, 横須賀三浦, 県央, 湘南, 県西. */
  region: string;
}

export const KANAGAWA_TILE_GRID: readonly Tile[] = [
  { code: '141500', name: '相模原市', col: 3, row: 0, region: '相模原' },
  { code: '142166', name: '座間市', col: 4, row: 0, region: '県央' },
  { code: '142131', name: '大和市', col: 5, row: 0, region: '県央' },
  { code: '141305', name: '川崎市', col: 6, row: 0, region: '川崎' },
  { code: '144029', name: '清川村', col: 2, row: 1, region: '県央' },
  { code: '144011', name: '愛川町', col: 3, row: 1, region: '県央' },
  { code: '142158', name: '海老名市', col: 4, row: 1, region: '県央' },
  { code: '142182', name: '綾瀬市', col: 5, row: 1, region: '県央' },
  { code: '141003', name: '横浜市', col: 6, row: 1, region: '横浜' },
  { code: '143642', name: '山北町', col: 0, row: 2, region: '県西' },
  { code: '142115', name: '秦野市', col: 1, row: 2, region: '湘南' },
  { code: '142140', name: '伊勢原市', col: 2, row: 2, region: '湘南' },
  { code: '142123', name: '厚木市', col: 3, row: 2, region: '県央' },
  { code: '143219', name: '寒川町', col: 4, row: 2, region: '湘南' },
  { code: '142051', name: '藤沢市', col: 5, row: 2, region: '湘南' },
  { code: '142042', name: '鎌倉市', col: 6, row: 2, region: '横須賀三浦' },
  { code: '142174', name: '南足柄市', col: 0, row: 3, region: '県西' },
  { code: '143634', name: '松田町', col: 1, row: 3, region: '県西' },
  { code: '143618', name: '中井町', col: 2, row: 3, region: '県西' },
  { code: '142034', name: '平塚市', col: 3, row: 3, region: '湘南' },
  { code: '142077', name: '茅ヶ崎市', col: 4, row: 3, region: '湘南' },
  { code: '142085', name: '逗子市', col: 6, row: 3, region: '横須賀三浦' },
  { code: '142018', name: '横須賀市', col: 7, row: 3, region: '横須賀三浦' },
  { code: '143669', name: '開成町', col: 0, row: 4, region: '県西' },
  { code: '143626', name: '大井町', col: 1, row: 4, region: '県西' },
  { code: '143421', name: '二宮町', col: 2, row: 4, region: '湘南' },
  { code: '143413', name: '大磯町', col: 3, row: 4, region: '湘南' },
  { code: '143014', name: '葉山町', col: 6, row: 4, region: '横須賀三浦' },
  { code: '142107', name: '三浦市', col: 7, row: 4, region: '横須賀三浦' },
  { code: '143821', name: '箱根町', col: 0, row: 5, region: '県西' },
  { code: '142069', name: '小田原市', col: 1, row: 5, region: '県西' },
  { code: '143839', name: '真鶴町', col: 2, row: 5, region: '県西' },
  { code: '143847', name: '湯河原町', col: 3, row: 5, region: '県西' },
];

export const KANAGAWA_REGIONS = ['横浜', '川崎', '相模原', '横須賀三浦', '県央', '湘南', '県西'] as const;

export const TILE_GRID_SIZE = { cols: 8, rows: 6 } as const;
