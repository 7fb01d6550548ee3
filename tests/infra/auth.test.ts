import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
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
  it('is public (no secret) and signs in with SRP only, without OAuth flows', () => {
    const { Properties: p } = only(template, 'AWS::Cognito::UserPoolClient');
    expect(p.GenerateSecret).toBe(false);
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    expect(p.AllowedOAuthFlows).toBeUndefined();
    expect(p.PreventUserExistenceErrors).toBe('ENABLED');
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
