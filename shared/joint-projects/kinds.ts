/** The kinds of joint project (協働事業) the prefecture runs with municipalities. */
export const PROJECT_KINDS = ['joint_procurement', 'external_talent', 'dx_consultation', 'shared_system', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, { ja: string; en: string }> = {
  joint_procurement: { ja: '共同調達・共同利用', en: 'Joint procurement and use' },
  external_talent: { ja: '外部デジタル人材の活用', en: 'Shared external digital talent' },
  dx_consultation: { ja: 'DX相談', en: 'DX consultation' },
  shared_system: { ja: '共同運用システム', en: 'Jointly run system' },
  other: { ja: 'その他', en: 'Other' },
};
