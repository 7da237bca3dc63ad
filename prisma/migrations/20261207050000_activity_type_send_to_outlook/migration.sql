-- Activity types: "may be sent to Outlook" (meta.sendToOutlook, issue 19 / seed 001). Existing types keep being sent;
-- an administrator switches it off per type, and the calendar feed then leaves that type's activities out.
UPDATE "dictionary_values"
SET "meta" = "meta" || '{"sendToOutlook": true}'::jsonb
WHERE "kind" = 'ACTIVITY_TYPE' AND NOT ("meta" ? 'sendToOutlook');
