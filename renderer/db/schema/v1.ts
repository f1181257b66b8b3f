/**
 * Schema version 1 — released 2026-11-23. NEVER EDIT once released: add a new version file
 * (v2.ts with its stores and upgrade function) and a migration test instead.
 * Only queried fields are indexed; large text stays out of indexes.
 */
export const V1_STORES = {
  meta: 'key',
  settings: 'key',
  profiles: 'code',
  organisations: 'id, role',
  conventions: 'id, partnerId, cafId',
  avenants: 'id, conventionId',
  serviceContracts: 'id, &conventionId',
  contacts: 'id, conventionId, [conventionId+side], agentId',
  bulletins: 'id, conventionId',
  quotas: 'id, bulletinId, &[bulletinId+profileCode]',
  agents: 'id, organisationId',
  habilitations: 'id, agentId, bulletinId, profileCode',
  reviewCampaigns: 'id, conventionId, [conventionId+year], status',
  reviewItems: 'id, campaignId, habilitationId',
  documents: 'id, conventionId, kind, createdAt',
  incidents: 'id, conventionId, kind',
  bilans: 'id, conventionId',
  subcontractorNotices: 'id, conventionId',
  securitySessions: 'id, conventionId',
  journal: '++seq, [entity+entityId], at',
} as const;
