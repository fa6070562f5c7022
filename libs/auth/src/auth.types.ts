import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, ConnectionArgs, Role } from '@gridhr/common';

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    TOWNSHIP_STAFF: { description: '乡镇/街道综治中心 staff: day-to-day worker records' },
    COUNTY_PLC: { description: '县委政法委: recruiting, training, assessment; the whole county' },
    FINANCE: { description: '财政: pay and budgets; personal data masked' },
    CITY_ADMIN: { description: 'City administrator: regions and policy' },
    SYSADMIN: { description: 'System administrator: users, regions, policy' },
  },
  description: 'What a user may do. Where they may do it is their scope region.',
});

@ObjectType('User', { description: 'A user account: a person of a township, county, finance office or city, or an administrator.' })
export class UserType {
  @Field(() => ID, { description: 'The user’s id.' }) id: string;
  @Field({ description: 'Sign-in name.' }) username: string;
  @Field({ description: 'The name shown for the user.' }) displayName: string;
  @Field(() => Role, { description: 'The user’s role.' }) role: Role;
  @Field({ description: 'Code of the scope region' }) regionCode: string;
  @Field(() => String, { nullable: true, description: 'The user’s phone, if recorded.' }) phone: string | null;
  @Field({ description: 'False when the account is disabled and cannot sign in.' }) active: boolean;
  @Field({ description: 'True until the one-time password an administrator issued is changed: only changePassword and me work until then' })
  mustChangePassword: boolean;
  @Field(() => Int, { description: 'Version for optimistic locking: send it back with a change.' }) version: number;
}

@ObjectType({ description: 'A page of users.' })
export class UserConnection extends Connection(UserType, 'User') {}

@ObjectType({ description: 'A signed-in session: the bearer token and who it is for.' })
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' }) token: string;
  @Field({ description: 'When the token stops working; sign in again after it.' }) expiresAt: Date;
  @Field(() => UserType, { description: 'The signed-in user.' }) user: UserType;
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in name: 2-64 lowercase letters, digits, “.”, “_” or “-”.' })
  @Matches(USERNAME, { message: 'must be 2-64 lowercase letters, digits, ".", "_" or "-"' })
  username: string;
  @Field({ description: 'The name shown for the user, e.g. 张伟 (城关街道综治中心).' }) @IsString() @MinLength(1) @MaxLength(100) displayName: string;
  @Field({ description: 'The first password: at least 10 characters, not a common password or a run of keys, not containing the username.' })
  @IsString()
  @MinLength(10)
  @MaxLength(128)
  password: string;
  @Field(() => Role, { description: 'The user’s role, which decides what they may do.' }) @IsEnum(Role) role: Role;
  @Field(() => ID, { description: 'The region whose subtree the user sees and changes (a township for TOWNSHIP_STAFF, a county for COUNTY_PLC and FINANCE).' })
  @IsUUID()
  scopeRegionId: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the password is a one-time password (as an import issues): it signs in once, to changePassword only. Default false.',
  })
  @IsOptional()
  @IsBoolean()
  oneTimePassword?: boolean | null;
}

@InputType({ description: 'Changes to a user account; omitted fields keep their value.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user’s id.' }) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you loaded; a newer one means someone else changed it (CONFLICT).' }) @IsInt() version: number;
  @Field({ nullable: true, description: 'The new display name.' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) displayName?: string;
  @Field(() => Role, { nullable: true, description: 'The new role.' }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => ID, { nullable: true, description: 'The new scope region.' }) @IsOptional() @IsUUID() scopeRegionId?: string;
  @Field({ nullable: true, description: 'False disables the account (it can no longer sign in); true enables it again.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
  @Field({ nullable: true, description: 'Sets a new password and signs the user out everywhere' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(128)
  password?: string;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true, description: 'Only users with this role.' }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only disabled (false) accounts; both when omitted.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'Your current password and the one to replace it.' })
export class ChangePasswordInput {
  @Field({ description: 'The password you signed in with (or the one-time password you were given).' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword: string;
  @Field({ description: 'At least 10 characters, not a common password or a run of keys, not containing the username' })
  @IsString()
  @MinLength(10)
  @MaxLength(128)
  newPassword: string;
}
