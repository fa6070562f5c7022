// Steps of a recruiting campaign through GraphQL, as county and township staff take them (for the e2e tests).
import { addDays } from '@gridhr/common';
import { anIdNumber, aPhone } from './factories';
import { TestApp } from './test-app';

export const APP = 'id name stage endReason rank tied vetted compositeScore worker { id status }';

export function recruitingSteps(getApp: () => TestApp) {
  const regionId = async (code: string) => (await getApp().sql<{ id: string }>('select id from region where code = ?', [code]))[0].id;
  const gridId = async (code: string) => (await getApp().sql<{ id: string }>('select id from grid where code = ?', [code]))[0].id;
  const INPUTS: Record<string, string> = {
    registerApplicant: 'RegisterApplicantInput',
    startEligibilityReview: 'ApplicationRefInput',
    decideEligibility: 'ApplicationRefInput',
    recordMedicalResult: 'StageDecisionInput',
    recordVettingResult: 'StageDecisionInput',
    withdrawApplication: 'EndApplicationInput',
    hireApplicant: 'HireInput',
  };
  const mutate = async (name: string, input: Record<string, unknown>, user: string) =>
    (await getApp().ok(`mutation($input: ${INPUTS[name]}!) { ${name}(input: $input) { ${APP} } }`, { input }, user))[name];

  /** A published campaign with one position; returns it and the position id. */
  const openCampaign = async (position: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const today = getApp().today();
    const created = (
      await getApp().ok(
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id version writtenWeightPercent publicityWorkingDays positions { id } } }`,
        {
          input: {
            countyId: await regionId('140799000000'),
            title: '网格示范县2026年专职网格员招聘',
            minAge: 18,
            maxAge: 45,
            ageReferenceDate: today,
            minEducation: 'SENIOR_HIGH',
            residencePrefix: '140799',
            registrationFrom: addDays(today, -5),
            registrationTo: addDays(today, 5),
            positions: [position],
            ...extra,
          },
        },
        'county',
      )
    ).createCampaign;
    await getApp().ok(
      `mutation($input: CampaignStatusInput!) { setCampaignStatus(input: $input) { status } }`,
      { input: { id: created.id, version: created.version, status: 'OPEN' } },
      'county',
    );
    return { campaign: created, positionId: created.positions[0].id as string };
  };
  const register = (positionId: string, user: string, extra: Record<string, unknown> = {}) =>
    mutate(
      'registerApplicant',
      { positionId, name: '应聘者', idNumber: anIdNumber('19950505'), phone: aPhone(), education: 'BACHELOR', homeRegionCode: '140799001001', ...extra },
      user,
    );
  /** Registered → eligible → scored; returns the applications. */
  const throughExam = async (
    campaignId: string,
    positionId: string,
    user: string,
    people: { name: string; written: number; interview: number; extra?: Record<string, unknown> }[],
  ) => {
    const apps = [];
    for (const p of people) {
      const a = await register(positionId, user, { name: p.name, ...p.extra });
      await mutate('startEligibilityReview', { applicationId: a.id }, user);
      apps.push(await mutate('decideEligibility', { applicationId: a.id }, user));
    }
    await getApp().ok(
      `mutation($input: RecordScoresInput!) { recordExamScores(input: $input) { id } }`,
      { input: { campaignId, entries: apps.map((a, i) => ({ applicationId: a.id, written: people[i].written, interview: people[i].interview })) } },
      user,
    );
    await closeRegistration(campaignId);
    await getApp().ok(`mutation($input: CampaignRefInput!) { closeExam(input: $input) { id } }`, { input: { campaignId } }, 'county');
    return apps;
  };
  const closeRegistration = async (campaignId: string) => {
    const { campaign } = await getApp().ok(`query($id: ID!) { campaign(id: $id) { version status } }`, { id: campaignId }, 'county');
    if (campaign.status === 'OPEN')
      await getApp().ok(
        `mutation($input: CampaignStatusInput!) { setCampaignStatus(input: $input) { status } }`,
        { input: { id: campaignId, version: campaign.version, status: 'CLOSED' } },
        'county',
      );
  };
  const get = async (id: string, user = 'county') =>
    (await getApp().ok(`query($id: ID!) { application(id: $id) { ${APP} history { fromStage toStage actor reason } } }`, { id }, user)).application;
  return { regionId, gridId, mutate, openCampaign, register, throughExam, closeRegistration, get };
}
