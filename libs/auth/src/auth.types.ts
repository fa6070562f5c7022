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
});

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field({ description: 'Code of the scope region' }) regionCode: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() active: boolean;
  @Field({ description: 'True until the one-time password an administrator issued is changed: only changePassword and me work until then' })
  mustChangePassword: boolean;
  @Field(() => Int) version: number;
}

@ObjectType()
export class UserConnection extends Connection(UserType, 'User') {}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' }) token: string;
  @Field() expiresAt: Date;
  @Field(() => UserType) user: UserType;
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

@InputType()
export class CreateUserInput {
  @Field() @Matches(USERNAME, { message: 'must be 2-64 lowercase letters, digits, ".", "_" or "-"' }) username: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) displayName: string;
  @Field() @IsString() @MinLength(8) @MaxLength(128) password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID) @IsUUID() scopeRegionId: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) displayName?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() scopeRegionId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Sets a new password and signs the user out everywhere' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password?: string;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MinLength(1) @MaxLength(128) currentPassword: string;
  @Field({ description: 'At least 8 characters, not containing the username' }) @IsString() @MinLength(8) @MaxLength(128) newPassword: string;
}
