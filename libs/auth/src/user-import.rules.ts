// Who may open whose account, at which level of the region tree, and the one-time passwords they get.
import { randomInt } from 'node:crypto';
import { RegionLevel, Role } from '@gridhr/common';

/**
 * GridHR default: an administrator opens accounts below its own role, never above: the province's
 * SYSADMIN any role; a city administrator the county and township offices of its city (COUNTY_PLC,
 * FINANCE, TOWNSHIP_STAFF); the county political-legal committee its townships' staff and the county
 * finance bureau (FINANCE), but no second committee account, which the city opens.
 */
export const GRANTABLE_ROLES: Record<Role, Role[]> = {
  [Role.SYSADMIN]: [Role.SYSADMIN, Role.CITY_ADMIN, Role.COUNTY_PLC, Role.FINANCE, Role.TOWNSHIP_STAFF],
  [Role.CITY_ADMIN]: [Role.COUNTY_PLC, Role.FINANCE, Role.TOWNSHIP_STAFF],
  [Role.COUNTY_PLC]: [Role.FINANCE, Role.TOWNSHIP_STAFF],
  [Role.FINANCE]: [],
  [Role.TOWNSHIP_STAFF]: [],
};

/** The level of the scope region each role works at (DESIGN §11: one office, one scope region). */
export const ROLE_SCOPE_LEVELS: Record<Role, RegionLevel[]> = {
  [Role.SYSADMIN]: [RegionLevel.PROVINCE],
  [Role.CITY_ADMIN]: [RegionLevel.CITY],
  [Role.COUNTY_PLC]: [RegionLevel.COUNTY],
  [Role.FINANCE]: [RegionLevel.CITY, RegionLevel.COUNTY],
  [Role.TOWNSHIP_STAFF]: [RegionLevel.TOWNSHIP],
};

export function roleGrantProblem(importer: Role, role: Role): string | null {
  return GRANTABLE_ROLES[importer].includes(role) ? null : `${importer} 不能开设 ${role} 账号（可开设：${GRANTABLE_ROLES[importer].join('、') || '无'}）`;
}

export function scopeLevelProblem(role: Role, level: RegionLevel): string | null {
  return ROLE_SCOPE_LEVELS[role].includes(level) ? null : `${role} 的管辖区划须为 ${ROLE_SCOPE_LEVELS[role].join(' 或 ')}，这里是 ${level}`;
}

// No 0/O, 1/l/I: the password is read off a printed sheet and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export const ONE_TIME_PASSWORD_LENGTH = 12;

/** A one-time password: 12 characters from 55 (about 69 bits), from a cryptographic source by default. */
export function oneTimePassword(random: (max: number) => number = randomInt): string {
  let password = '';
  for (let i = 0; i < ONE_TIME_PASSWORD_LENGTH; i++) password += ALPHABET[random(ALPHABET.length)];
  return password;
}
