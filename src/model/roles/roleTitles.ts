import type { RoleId, RoleText } from './roleTypes';

/** The roles' names, apart from their guides, so the role select does not carry every guide. */
export const ROLE_TITLES: Readonly<Record<RoleId, RoleText>> = {
  'ml-engineer': { en: 'ML engineer / analyst', ja: 'MLエンジニア・アナリスト' },
  'data-engineer': { en: 'Data engineer', ja: 'データエンジニア' },
  mlops: { en: 'MLOps', ja: 'MLOps' },
  developer: { en: 'Developer', ja: '開発者' },
  pentester: { en: 'Pentester / security engineer', ja: 'ペネトレーションテスター・セキュリティエンジニア' },
  ciso: { en: 'CISO', ja: 'CISO' },
};
