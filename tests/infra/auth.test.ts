import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { DEFAULT_MAIL_FROM } from '../../infra/portal-stack';
import { ROLES } from '../../shared/auth/roles';
import { only, portalTemplate } from './support';

let template: Template;
beforeAll(() => {
  template = portalTemplate().template;
});

describe('Cognito user pool', () => {
  it('allows no self sign-up: administrators create the accounts', () => {
    expect(only(template, 'AWS::Cognito::UserPool').Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
  });

  it('has a strong password policy, TOTP MFA required, recovery by e-mail only', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPool');
    expect(p.Policies.PasswordPolicy).toMatchObject({ RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true });
    expect(p.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    expect(p.MfaConfiguration).toBe('ON');
    expect(p.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(p.AccountRecoverySetting).toEqual({ RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] });
  });

  it('is on the Plus plan with threat protection enforced', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPool');
    expect(p.UserPoolTier).toBe('PLUS');
    expect(p.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('has e-mail sign-in and the custom attributes orgCode (six characters) and bureau', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPool');
    expect(p.UsernameAttributes).toEqual(['email']);
    expect(p.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: 'email', Required: true }),
        expect.objectContaining({ Name: 'orgCode', AttributeDataType: 'String', StringAttributeConstraints: { MinLength: '6', MaxLength: '6' } }),
        expect.objectContaining({ Name: 'bureau', AttributeDataType: 'String' }),
      ]),
    );
  });

  it('is kept and protected from deletion', () => {
    const pool = only(template, 'AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('has exactly the four role groups', () => {
    const pool = only(template, 'AWS::Cognito::UserPool');
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map((g) => {
      expect(g.Properties.UserPoolId).toEqual({ Ref: pool.id });
      return g.Properties.GroupName as string;
    });
    expect(groups.sort()).toEqual(['council', 'municipal_staff', 'prefecture_admin', 'prefecture_staff']);
    expect([...ROLES].sort()).toEqual(groups);
  });
});

describe('Cognito app client (the SPA)', () => {
  it('is public (no secret) and may use the OAuth authorization-code grant only, with the openid, email and profile scopes', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    expect(p.GenerateSecret).toBe(false);
    // A public client's code exchange is protected by PKCE, which the web app always sends (web sign-in code).
    expect(p.AllowedOAuthFlows).toEqual(['code']);
    expect(p.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect([...p.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
    expect(p.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(p.PreventUserExistenceErrors).toBe('ENABLED');
  });

  it('signs in with a password that Cognito itself checks (compromised credentials), never SRP or custom flows; tokens refresh', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    // Absent, Cognito would allow SRP and custom auth by default: the list must be there, and only these.
    expect([...p.ExplicitAuthFlows].sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH']);
  });

  it('redirects only to the portal’s /auth/callback and /signed-out on the distribution’s domain', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    const host = { 'Fn::GetAtt': [only(template, 'AWS::CloudFront::Distribution').id, 'DomainName'] };
    expect(p.CallbackURLs).toEqual([{ 'Fn::Join': ['', ['https://', host, '/auth/callback']] }]);
    expect(p.LogoutURLs).toEqual([{ 'Fn::Join': ['', ['https://', host, '/signed-out']] }]);
  });

  it('with a custom domain, redirects to it as well', () => {
    const context = { domainName: 'dx-portal.example.jp', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000' };
    const t = portalTemplate({ context }).template;
    const { Properties: p } = only(t, 'AWS::Cognito::UserPoolClient');
    const host = { 'Fn::GetAtt': [only(t, 'AWS::CloudFront::Distribution').id, 'DomainName'] };
    expect(p.CallbackURLs).toEqual([{ 'Fn::Join': ['', ['https://', host, '/auth/callback']] }, 'https://dx-portal.example.jp/auth/callback']);
    expect(p.LogoutURLs).toEqual([{ 'Fn::Join': ['', ['https://', host, '/signed-out']] }, 'https://dx-portal.example.jp/signed-out']);
  });

  it('puts custom:orgCode and custom:bureau in the ID token, but users cannot change them', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    expect(p.ReadAttributes).toEqual(expect.arrayContaining(['custom:orgCode', 'custom:bureau', 'email', 'name']));
    expect(p.WriteAttributes).toBeDefined();
    expect(p.WriteAttributes.filter((a: string) => a.startsWith('custom:'))).toEqual([]);
  });

  it('does not let users rename themselves: the name others see is the portal’s record, not a self-edited claim', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    expect(p.WriteAttributes).toEqual(['email']);
  });
});

describe('managed login', () => {
  it('is served on a Cognito prefix domain of the pool, with managed login version 2 (not the classic hosted UI)', () => {
    const domain = only(template, 'AWS::Cognito::UserPoolDomain');
    expect(domain.Properties.UserPoolId).toEqual({ Ref: only(template, 'AWS::Cognito::UserPool').id });
    expect(domain.Properties.ManagedLoginVersion).toBe(2);
    expect(domain.Properties.CustomDomainConfig).toBeUndefined();
  });

  it('derives the prefix from the stack’s own id when no authDomainPrefix is given (prefixes are unique across accounts)', () => {
    const { Domain } = only(template, 'AWS::Cognito::UserPoolDomain').Properties;
    expect(Domain).toEqual({
      'Fn::Join': ['-', ['kanagawa-dx-portal', { 'Fn::Select': [0, { 'Fn::Split': ['-', { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] }] }] }]],
    });
  });

  it('takes -c authDomainPrefix, and refuses one Cognito would reject', () => {
    const t = portalTemplate({ context: { authDomainPrefix: 'kanagawa-dx' } }).template;
    expect(only(t, 'AWS::Cognito::UserPoolDomain').Properties.Domain).toBe('kanagawa-dx');
    expect(t.findOutputs('UserPoolDomain').UserPoolDomain!.Value).toEqual({
      'Fn::Join': ['', ['https://', { Ref: only(t, 'AWS::Cognito::UserPoolDomain').id }, '.auth.', { Ref: 'AWS::Region' }, '.amazoncognito.com']],
    });
    for (const bad of ['Kanagawa', 'my-aws-portal', '-x', 'a'.repeat(64)]) {
      expect(() => portalTemplate({ context: { authDomainPrefix: bad } }), bad).toThrow(/authDomainPrefix/);
    }
  });

  it('brands managed login with the portal’s name in Japanese and English, shown on the form, after the domain', () => {
    const branding = only(template, 'AWS::Cognito::ManagedLoginBranding');
    const props = branding.Properties;
    expect(props.UserPoolId).toEqual({ Ref: only(template, 'AWS::Cognito::UserPool').id });
    expect(props.ClientId).toEqual({ Ref: only(template, 'AWS::Cognito::UserPoolClient').id });
    // Cognito refuses Settings or Assets next to its own values.
    expect(props.UseCognitoProvidedValues).toBe(false);
    // An asset whose component is not enabled is stored and never rendered.
    expect(props.Settings.components.form.logo.enabled).toBe(true);
    const logos = props.Assets.filter((a: { Category: string }) => a.Category === 'FORM_LOGO');
    expect(logos).toHaveLength(1);
    expect(logos[0]).toMatchObject({ ColorMode: props.Settings.categories.global.colorSchemeMode, Extension: 'SVG' });
    const svg = Buffer.from(logos[0].Bytes, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('かながわDX連携ポータル');
    expect(svg).toContain('Kanagawa DX Collaboration Portal');
    expect(branding.DependsOn).toContain(only(template, 'AWS::Cognito::UserPoolDomain').id);
  });

  it('outputs the managed login base URL', () => {
    const domain = only(template, 'AWS::Cognito::UserPoolDomain');
    expect(template.findOutputs('UserPoolDomain').UserPoolDomain!.Value).toEqual({
      'Fn::Join': ['', ['https://', { Ref: domain.id }, '.auth.', { Ref: 'AWS::Region' }, '.amazoncognito.com']],
    });
  });
});

describe('the user pool’s e-mail', () => {
  it('goes through SES (not Cognito’s few-a-day sender) from the reminders’ sender, on its domain’s identity in the stack’s region', () => {
    const { EmailConfiguration } = only(template, 'AWS::Cognito::UserPool').Properties;
    expect(EmailConfiguration).toEqual({
      EmailSendingAccount: 'DEVELOPER',
      From: DEFAULT_MAIL_FROM,
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':identity/pref.kanagawa.lg.jp']] },
    });
  });

  it('follows -c mailFrom like the reminders', () => {
    const t = portalTemplate({ context: { mailFrom: 'noreply@dx.example.lg.jp' } }).template;
    const { EmailConfiguration } = only(t, 'AWS::Cognito::UserPool').Properties;
    expect(EmailConfiguration.From).toBe('noreply@dx.example.lg.jp');
    expect(JSON.stringify(EmailConfiguration.SourceArn)).toContain(':identity/dx.example.lg.jp');
    const reminders = Object.values(t.findResources('AWS::Lambda::Function')).find((f) => f.Properties.Environment?.Variables?.MAIL_FROM);
    expect(reminders!.Properties.Environment.Variables.MAIL_FROM).toBe(EmailConfiguration.From);
  });
});
