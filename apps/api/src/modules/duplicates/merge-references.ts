// Everything that refers to a client or a person, and what a merge does with it. The merge code (merge.repository.ts)
// implements each line; merge-references.int.test.ts fails when the database gains a foreign key to clients or
// persons, or a polymorphic owner column, that is not listed here — so a new module cannot forget merges.

export type MergeHandling =
  /** Re-pointed to the survivor. */
  | 'moved'
  /** Re-pointed, except where the survivor already has the same link (then the merged record's row is dropped). */
  | 'moved-unless-present'
  /** Left on the merged record on purpose (history of that record); the record stays reachable via mergedInto. */
  | 'kept';

/** `table.column` → handling, for foreign keys to clients(id) and persons(id). */
export const CLIENT_REFERENCES: Record<string, MergeHandling> = {
  'activities.client_id': 'moved',
  'campaign_items.client_id': 'moved-unless-present',
  'client_persons.client_id': 'moved-unless-present',
  'opportunities.client_id': 'moved',
};

export const PERSON_REFERENCES: Record<string, MergeHandling> = {
  'activities.contact_person_id': 'moved',
  'activity_participants.person_id': 'moved-unless-present',
  'client_persons.person_id': 'moved-unless-present',
  'opportunity_persons.person_id': 'moved-unless-present',
  'person_relations.person_id': 'moved-unless-present',
  'person_relations.related_person_id': 'moved-unless-present',
};

/**
 * Every other id-like column (`*_id`, `*_ids`, uuid or text) without a foreign key: the ones that may hold a client's
 * or person's id (an owner type + id pair, a record id of an automation rule's entity, the merge pointer) with their
 * handling, and the ones that never do ('unrelated': users, files, dictionary values, outside ids).
 */
export const OTHER_ID_COLUMNS: Record<string, MergeHandling | 'unrelated'> = {
  'attachments.owner_id': 'moved',
  'notes.owner_id': 'moved',
  // An earlier merge into a record merged now points on to the new survivor (no chains).
  'clients.merged_into_id': 'moved',
  'persons.merged_into_id': 'moved',
  // A firing records that a rule already acted on that record for one occurrence; the survivor's own firings stand.
  'automation_firings.record_id': 'kept',
  // A rule's e-mail to the record's persons (system-mail outbox): the log of what was sent for that firing; its
  // unsubscribe link names the person it went to (the address is suppressed whichever record survives).
  'system_mails.record_id': 'kept',
  'system_mails.person_id': 'kept',
  // Pending change events and the run log describe what happened to the merged record.
  'automation_changes.record_id': 'kept',
  'automation_runs.record_ids': 'kept',
  // The audit trail is never rewritten: the merged record's history stays under its id, and the survivor's Changes
  // tab also lists the records merged into it (audit.repository.ts follows merged_into_id).
  'audit_log.record_id': 'kept',
  'audit_log.actor_id': 'unrelated',
  'audit_log.session_id': 'unrelated',
  'audit_log.api_token_id': 'unrelated',
  // Sent mail belongs to the client's and person's history; group memberships follow the person (one per group).
  'email_messages.client_id': 'moved',
  'email_messages.person_id': 'moved',
  'mailing_group_members.person_id': 'moved-unless-present',
  // A campaign's recipient rows are its send log for that address (consent is checked again at send time).
  'email_campaign_recipients.client_id': 'kept',
  'email_campaign_recipients.person_id': 'kept',
  'persons.external_id': 'unrelated',
  'activities.created_by_id': 'unrelated',
  'activities.updated_by_id': 'unrelated',
  // The reports' daily and monthly activity totals (users and activity types; kept by triggers, no client ids).
  'activity_report_days.owner_id': 'unrelated',
  'activity_report_days.type_id': 'unrelated',
  'activity_report_results.owner_id': 'unrelated',
  'activity_report_results.type_id': 'unrelated',
  'activity_report_results.result_id': 'unrelated',
  'activity_report_months.owner_id': 'unrelated',
  'activity_report_months.type_id': 'unrelated',
  'activity_report_result_months.owner_id': 'unrelated',
  'activity_report_result_months.type_id': 'unrelated',
  'activity_report_result_months.result_id': 'unrelated',
  'attachments.created_by_id': 'unrelated',
  'automation_changes.actor_id': 'unrelated',
  'automation_firings.rule_id': 'unrelated',
  'automation_rules.created_by_id': 'unrelated',
  'campaigns.generation_id': 'unrelated',
  'clients.created_by_id': 'unrelated',
  'clients.external_id': 'unrelated',
  'clients.tax_id': 'unrelated',
  'clients.updated_by_id': 'unrelated',
  'exchange_rates.updated_by_id': 'unrelated',
  'import_jobs.created_by_id': 'unrelated',
  'import_jobs.file_id': 'unrelated',
  'import_mappings.owner_id': 'unrelated',
  'opportunities.created_by_id': 'unrelated',
  'opportunities.updated_by_id': 'unrelated',
  'opportunity_stage_changes.changed_by_id': 'unrelated',
  'opportunity_stage_changes.from_stage_id': 'unrelated',
  'opportunity_stage_changes.to_stage_id': 'unrelated',
  'persons.created_by_id': 'unrelated',
  'persons.updated_by_id': 'unrelated',
  'stored_files.uploaded_by_id': 'unrelated',
  'mailing_groups.created_by_id': 'unrelated',
  'mailing_groups.category_id': 'unrelated',
  'mailing_group_members.group_id': 'unrelated',
  'mailing_group_members.added_by_id': 'unrelated',
  'mail_settings.updated_by_id': 'unrelated',
  'mail_profiles.user_id': 'unrelated',
  'hourly_rates.updated_by_id': 'unrelated',
  'email_templates.updated_by_id': 'unrelated',
  'email_templates.created_by_id': 'unrelated',
  'email_messages.message_id': 'unrelated',
  'email_messages.created_by_id': 'unrelated',
  'email_messages.activity_id': 'unrelated',
  'email_campaigns.group_ids': 'unrelated',
  'email_campaigns.template_id': 'unrelated',
  'email_campaigns.created_by_id': 'unrelated',
  'email_campaigns.approved_by_id': 'unrelated',
  'email_campaign_recipients.message_id': 'unrelated',
  'email_campaign_recipients.campaign_id': 'unrelated',
  'email_campaign_events.user_id': 'unrelated',
  'email_campaign_events.campaign_id': 'unrelated',
  'ldap_settings.updated_by_id': 'unrelated',
  'gdpr_erasures.erased_by_id': 'unrelated',
  // The id of a person erased for good: that person no longer exists, so no merge can involve it.
  'gdpr_erasures.person_id': 'unrelated',
};
