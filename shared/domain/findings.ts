/**
 * The common shape of what a rule says: a refusal (the change must not be saved), an alert
 * (something breaks the convention now) or a warning (« attention », to check).
 */
export type Severity = 'refus' | 'alerte' | 'attention';

export type EntityKind =
  | 'convention'
  | 'contact'
  | 'bulletin'
  | 'quota'
  | 'agent'
  | 'habilitation'
  | 'reviewCampaign'
  | 'bilanAnnuel'
  | 'incident'
  | 'subcontractorNotice'
  | 'journalEntry';

/** What a finding is about, so that the UI can link to the thing to fix. */
export interface EntityRef {
  entity: EntityKind;
  id: string;
}

export interface Finding {
  /** Stable machine code, e.g. `quota-full`, for tests and UI grouping. */
  code: string;
  severity: Severity;
  /** French, for a CCAS administrator, with French typography; cites the article. */
  message: string;
  /** The article the rule comes from (`contrat art. 2.2.1`), empty for plain data checks. */
  article: string;
  target?: EntityRef;
}

/** The answer to « may I save this? »: refused when any finding is a refusal. */
export interface Decision {
  ok: boolean;
  findings: Finding[];
}

export function decide(findings: Finding[]): Decision {
  return { ok: !findings.some((f) => f.severity === 'refus'), findings };
}

export function refusals(decision: Decision): Finding[] {
  return decision.findings.filter((f) => f.severity === 'refus');
}

export function warnings(decision: Decision): Finding[] {
  return decision.findings.filter((f) => f.severity !== 'refus');
}
