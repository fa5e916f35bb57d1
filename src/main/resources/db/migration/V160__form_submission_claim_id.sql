-- Which post holds a form's token (OnceOnlyForms): a post taken over after a minute (its node thought dead) may still
-- be alive and finish later; it finishes or frees the token only where the claim id is still the one it drew, so it
-- changes nothing of the post that took the token over. Rows claimed before this column have none: their posts were
-- running on the old code, which finished them by token alone.
alter table form_submission add column claim_id varchar(36);
