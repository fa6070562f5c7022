// GraphQL shapes of the accounts import: the worker import's ImportReport fields plus the passwords issued.
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { LongString, Role } from '@gridhr/common';
import { FileDownloadType, ImportReportBase } from '@gridhr/sheets';

@InputType({ description: 'A sheet of accounts to create or reset.' })
export class ImportUsersInput {
  @Field({ description: 'xlsx or csv' }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @Field({ description: 'The file, base64-encoded (at most 5 MB)' }) @IsString() @LongString() @MaxLength(7_000_000) contentBase64: string;
  @Field({ defaultValue: false, description: 'Check every row and report, writing nothing (and issuing no password)' }) @IsBoolean() dryRun: boolean = false;
}

@ObjectType('IssuedPassword', { description: 'A one-time password for an account: shown in this answer only, never stored in clear.' })
export class IssuedPasswordType {
  @Field(() => Int, { description: 'Sheet row' }) line: number;
  @Field({ description: 'The account’s sign-in name.' }) username: string;
  @Field({ description: 'The account’s display name.' }) displayName: string;
  @Field(() => Role, { description: 'The account’s role.' }) role: Role;
  @Field({ description: 'Code of the account’s scope region.' }) regionCode: string;
  @Field({ description: 'Signs in once; the user must then choose a password (changePassword)' }) oneTimePassword: string;
}

@ObjectType('UserImportReport', {
  description: 'What an accounts import did, or would do on a dry run, with every problem by line and the one-time passwords issued.',
})
export class UserImportReportType extends ImportReportBase {
  @Field(() => [IssuedPasswordType], { description: 'New accounts and reset passwords; empty on a dry run' }) accounts: IssuedPasswordType[];
  @Field(() => FileDownloadType, { nullable: true, description: 'The passwords as a sheet to print and hand over' }) passwordSheet: FileDownloadType | null;
}
