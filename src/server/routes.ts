// The API's route modules, one list by feature folder. Each module is a file named routes.ts or *-routes.ts in
// its feature's folder (test/server/route-access.test.ts checks that every such file is listed here), and
// each of its routes declares its permission and scope (plugins/access.ts refuses to start otherwise).
import type { FastifyPluginAsync } from 'fastify';
import auditRoutes from './audit/routes';
import authRoutes from './auth/routes';
import cataloguePageRoutes from './catalogue/page-routes';
import cataloguePublishRoutes from './catalogue/publish-routes';
import competitionEntryRoutes from './competitions/entry-routes';
import competitionInvitationRoutes from './competitions/invitation-routes';
import competitionJudgeRoutes from './competitions/judge-routes';
import judgingRoutes from './competitions/judging-routes';
import nationalResultRoutes from './competitions/national-routes';
import proposalDocumentRoutes from './competitions/proposal-document-routes';
import innovatorRewardRoutes from './competitions/reward-routes';
import competitionRoutes from './competitions/routes';
import dashboardRoutes from './dashboard/routes';
import evidenceCheckRoutes from './evidence/check-routes';
import evidenceRoutes from './evidence/routes';
import exportRoutes from './exports/routes';
import feedbackPublicRoutes from './feedback/public-routes';
import feedbackRoutes from './feedback/routes';
import frameworkRoutes from './frameworks/routes';
import healthRoutes from './health/routes';
import importRoutes from './imports/routes';
import answerRoutes from './innovations/answer-routes';
import klinikRoutes from './innovations/klinik-routes';
import returnedEntryRoutes from './innovations/returned-routes';
import innovationRoutes from './innovations/routes';
import ipkdFrameworkRoutes from './ipkd/framework-routes';
import ipkdValueRoutes from './ipkd/value-routes';
import ipkdYearRoutes from './ipkd/year-routes';
import opdRoutes from './opds/routes';
import integrationRoutes from './open-data/integration-routes';
import openDataPublicRoutes from './open-data/public-routes';
import apiTokenRoutes from './open-data/token-routes';
import regionAnswerRoutes from './periods/region-answer-routes';
import periodRoutes from './periods/routes';
import letterheadRoutes from './regions/letterhead-routes';
import regionRoutes from './regions/routes';
import reminderRoutes from './reminders/routes';
import cooperationRoutes from './replications/cooperation-routes';
import publicReplicationRoutes from './replications/public-routes';
import replicationRoutes from './replications/routes';
import scoreRoutes from './scores/routes';
import userRoutes from './users/routes';
import verificationRoutes from './verification/routes';

export const ROUTE_MODULES: Record<string, FastifyPluginAsync[]> = {
  health: [healthRoutes],
  auth: [authRoutes],
  regions: [regionRoutes, letterheadRoutes],
  opds: [opdRoutes],
  users: [userRoutes],
  audit: [auditRoutes],
  frameworks: [frameworkRoutes],
  periods: [periodRoutes, regionAnswerRoutes],
  innovations: [innovationRoutes, answerRoutes, klinikRoutes, returnedEntryRoutes],
  evidence: [evidenceRoutes, evidenceCheckRoutes],
  verification: [verificationRoutes],
  scores: [scoreRoutes],
  dashboard: [dashboardRoutes],
  exports: [exportRoutes],
  reminders: [reminderRoutes],
  competitions: [
    competitionRoutes,
    competitionEntryRoutes,
    competitionJudgeRoutes,
    competitionInvitationRoutes,
    judgingRoutes,
    nationalResultRoutes,
    proposalDocumentRoutes,
    innovatorRewardRoutes,
  ],
  catalogue: [cataloguePublishRoutes, cataloguePageRoutes],
  feedback: [feedbackRoutes, feedbackPublicRoutes],
  'open-data': [openDataPublicRoutes, apiTokenRoutes, integrationRoutes],
  replications: [replicationRoutes, publicReplicationRoutes, cooperationRoutes],
  imports: [importRoutes],
  ipkd: [ipkdFrameworkRoutes, ipkdYearRoutes, ipkdValueRoutes],
};

/** Registers every feature's routes, each module in its own encapsulated scope. */
const routes: FastifyPluginAsync = async (app) => {
  for (const modules of Object.values(ROUTE_MODULES)) for (const module of modules) await app.register(module);
};
export default routes;
