// Every persisted entity, for the ORM and the migration generator.
import { AuditEntry } from '@gridhr/audit';
import { User } from '@gridhr/auth';
import { Grid, Region, RegionStats } from '@gridhr/org';
import { PolicySetting } from '@gridhr/policy';
import { GridAssignment, Misconduct, Worker } from '@gridhr/workers';
import { ComplianceFlag, ScanRun } from '@gridhr/compliance';
import { Contract, InsurancePolicy, InsuredPerson } from '@gridhr/contracts';
import { Attendance, TrainingSession } from '@gridhr/training';
import { Application, Campaign, Objection, Position, StageChange } from '@gridhr/recruiting';

export const ENTITIES = [Region, Grid, RegionStats, User, AuditEntry, PolicySetting, Worker, GridAssignment, Misconduct, ComplianceFlag, ScanRun, Contract, InsurancePolicy, InsuredPerson, TrainingSession, Attendance, Campaign, Position, Application, StageChange, Objection];
