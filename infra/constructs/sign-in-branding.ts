import type { CfnManagedLoginBrandingProps } from 'aws-cdk-lib/aws-cognito';

/**
 * The portal's name on Cognito's managed login pages (infra/constructs/auth.ts), so staff signing in see which
 * service they are entering, not a bare AWS form.
 *
 * Managed login has no "title" setting: the name travels as the form's logo, an SVG drawn from text. Fonts come
 * from the reader's browser (an <img> cannot load web fonts), hence the generic family list.
 */
export const PORTAL_NAME = { ja: 'かながわDX連携ポータル', en: 'Kanagawa DX Collaboration Portal' } as const;

export function portalNameLogoSvg(): string {
  const font = "'Hiragino Sans','Yu Gothic UI','Meiryo','Noto Sans CJK JP','Noto Sans JP',sans-serif";
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="76" viewBox="0 0 400 76" role="img">',
    `<title>${PORTAL_NAME.ja} / ${PORTAL_NAME.en}</title>`,
    `<text x="200" y="36" text-anchor="middle" font-family="${font}" font-size="28" font-weight="700" fill="#0b4f8a">${PORTAL_NAME.ja}</text>`,
    `<text x="200" y="64" text-anchor="middle" font-family="${font}" font-size="15" fill="#333333">${PORTAL_NAME.en}</text>`,
    '</svg>',
  ].join('');
}

/**
 * Managed login's style document, partial on purpose: what is left out keeps Cognito's default look. The form logo
 * is off by default, so the asset alone would be stored and never shown. Keys are those of managed login's
 * settings schema (AWS: "Managed login branding designer"; `components.form.logo`).
 */
export function signInBranding(): Pick<CfnManagedLoginBrandingProps, 'settings' | 'assets' | 'useCognitoProvidedValues'> {
  return {
    useCognitoProvidedValues: false,
    settings: {
      categories: { global: { colorSchemeMode: 'LIGHT' } },
      components: {
        form: { logo: { enabled: true, location: 'CENTER', position: 'TOP', formInclusion: 'IN' } },
      },
    },
    assets: [
      {
        category: 'FORM_LOGO',
        colorMode: 'LIGHT',
        extension: 'SVG',
        bytes: Buffer.from(portalNameLogoSvg(), 'utf8').toString('base64'),
      },
    ],
  };
}
