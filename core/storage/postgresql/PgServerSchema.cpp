#include "PgServerSchema.h"

#include "storage/postgresql/PgStore.h"
#include "workflow/KeyVault.h"
#include "workflow/SigningKeys.h"
#include "workflow/Sodium.h"
#include "workflow/TransitionTable.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString standingName(Standing standing)
{
    switch (standing) {
    case Standing::Anyone:
        return u"anyone"_s;
    case Standing::AuthorOrByPolicy:
        return u"author_or_policy"_s;
    case Standing::NeitherAuthorNorLastEditor:
        return u"four_eyes"_s;
    }
    return u"anyone"_s;
}

QString guardName(TransitionGuard guard)
{
    switch (guard) {
    case TransitionGuard::None:
        return u"none"_s;
    case TransitionGuard::SubmitChecklist:
        return u"submit_checklist"_s;
    case TransitionGuard::ReviewComment:
        return u"review_comment"_s;
    case TransitionGuard::ValidApproval:
        return u"valid_approval"_s;
    }
    return u"none"_s;
}

// Every function runs with this search_path, so that nobody can slip objects of their own in
// front of ours (pg_temp last: never found first).
const QString kDefiner = u"SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"_s;
const QString kPath = u"SET search_path = pg_catalog, public, pg_temp"_s;

QStringList layerSql()
{
    QStringList s;
    // ---- Group roles (cluster-wide; created once) --------------------------------------------
    s << uR"(DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsroom_officer') THEN
        CREATE ROLE newsroom_officer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsroom_supervisor') THEN
        CREATE ROLE newsroom_supervisor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsroom_admin') THEN
        CREATE ROLE newsroom_admin NOLOGIN;
    END IF;
END $$)"_s;

    // ---- The layer's own tables ----------------------------------------------------------------
    s << u"CREATE TABLE IF NOT EXISTS newsroom_server (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s;
    s << uR"(CREATE TABLE IF NOT EXISTS workflow_transitions (
    position INTEGER PRIMARY KEY,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    action TEXT NOT NULL,
    roles TEXT NOT NULL,
    standing TEXT NOT NULL,
    guard TEXT NOT NULL))"_s;
    s << u"CREATE INDEX IF NOT EXISTS audit_log_subject ON audit_log (subject, sequence)"_s;

    // ---- Helpers -------------------------------------------------------------------------------
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_owner() RETURNS text LANGUAGE sql STABLE )"_s
            + kPath + uR"( AS $$ SELECT value FROM newsroom_server WHERE key = 'owner' $$)"_s;
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_now_ms() RETURNS bigint LANGUAGE sql VOLATILE )"_s
            + kPath
            + uR"( AS $$ SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint $$)"_s;
    // A newsroom role held by the session's user, who must also be an enabled newsroom user.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE )"_s
            + kDefiner + uR"( AS $$
    SELECT pg_has_role(session_user, 'newsroom_' || p_role, 'MEMBER')
       AND EXISTS (SELECT 1 FROM users WHERE name = session_user AND disabled = 0)
$$)"_s;

    // ---- The audit log: AuditChain's canonical content and hash, computed by the server --------
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_audit_field(p_value text) RETURNS text
LANGUAGE sql IMMUTABLE )"_s
            + kPath
            + uR"( AS $$ SELECT octet_length(convert_to(p_value, 'UTF8'))::text || ':' || p_value || E'\n' $$)"_s;
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_audit_append(p_actor text, p_action text,
    p_subject text, p_details text) RETURNS bigint LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    prev_seq bigint;
    prev_hash bytea;
    seq bigint;
    at_ms bigint;
    content text;
BEGIN
    -- One writer at a time: the sequence has no gaps and each row hashes the one before.
    LOCK TABLE audit_log IN EXCLUSIVE MODE;
    SELECT sequence, hash INTO prev_seq, prev_hash FROM audit_log ORDER BY sequence DESC LIMIT 1;
    IF NOT FOUND THEN
        prev_seq := 0;
        prev_hash := decode(repeat('00', 32), 'hex');
    END IF;
    seq := prev_seq + 1;
    at_ms := newsroom_now_ms();
    content := E'newsroom-audit-1\n'
        || newsroom_audit_field(seq::text)
        || newsroom_audit_field(to_char(timestamp '1970-01-01' + at_ms * interval '1 millisecond',
                                        'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || newsroom_audit_field(coalesce(p_actor, ''))
        || newsroom_audit_field(p_action)
        || newsroom_audit_field(coalesce(p_subject, ''))
        || newsroom_audit_field(coalesce(p_details, ''));
    INSERT INTO audit_log (sequence, at, actor, action, subject, details, previous_hash, hash)
    VALUES (seq, at_ms, coalesce(p_actor, ''), p_action, coalesce(p_subject, ''),
            coalesce(p_details, ''), prev_hash, sha256(prev_hash || convert_to(content, 'UTF8')));
    RETURN seq;
END $$)"_s;
    // What a desk may add to the log itself: records of things done outside the database.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_audit(p_action text, p_subject text,
    p_details text) RETURNS bigint LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
BEGIN
    IF p_action NOT IN ('export', 'revision_restore') THEN
        RAISE EXCEPTION 'the server writes "%" records itself', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT (newsroom_has_role('officer') OR newsroom_has_role('supervisor')) THEN
        RAISE EXCEPTION '% is not an officer or supervisor of this newsroom', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN newsroom_audit_append(session_user, p_action, p_subject, p_details);
END $$)"_s;

    // ---- The transition table ------------------------------------------------------------------
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_decide(p_action text, p_article text,
    OUT to_status text, OUT guard text) LANGUAGE plpgsql STABLE )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a record;
    t record;
    me text := session_user;
    policy boolean;
    refusal text;
BEGIN
    SELECT status, created_by, updated_by INTO a FROM articles WHERE id = p_article;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no article %', p_article USING ERRCODE = 'NRINV';
    END IF;
    SELECT coalesce(bool_or(value = 'true'), false) INTO policy FROM newsroom_settings
        WHERE name = 'officers_may_edit_others_drafts';
    FOR t IN SELECT * FROM workflow_transitions
             WHERE action = p_action AND from_status = a.status ORDER BY position LOOP
        IF NOT EXISTS (SELECT 1 FROM unnest(string_to_array(t.roles, ',')) r
                       WHERE newsroom_has_role(r)) THEN
            refusal := coalesce(refusal, format('%s may not %s this article: it needs the %s role',
                                                me, replace(p_action, '_', ' '), t.roles));
            CONTINUE;
        END IF;
        IF t.standing = 'author_or_policy' AND a.created_by <> me AND NOT policy THEN
            refusal := format('in this newsroom only the author may %s this article',
                              replace(p_action, '_', ' '));
            CONTINUE;
        END IF;
        IF t.standing = 'four_eyes' AND a.created_by = me THEN
            refusal := format('supervisors cannot %s their own article', replace(p_action, '_', ' '));
            CONTINUE;
        END IF;
        IF t.standing = 'four_eyes' AND a.updated_by = me THEN
            refusal := format('supervisors cannot %s an article they edited last',
                              replace(p_action, '_', ' '));
            CONTINUE;
        END IF;
        to_status := t.to_status;
        guard := t.guard;
        RETURN;
    END LOOP;
    RAISE EXCEPTION '%', coalesce(refusal, format('an article in the state %s cannot take the action %s',
                                                  a.status, p_action))
        USING ERRCODE = 'insufficient_privilege';
END $$)"_s;

    // workflow/SubmitChecklist, item by item (the client shows them translated; the server only
    // refuses).
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_checklist(p_article text) RETURNS text[]
LANGUAGE plpgsql STABLE )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a record;
    body_text text;
    problems text[] := '{}';
BEGIN
    SELECT * INTO a FROM articles WHERE id = p_article;
    SELECT regexp_replace(regexp_replace(r.body, '<[^>]*>', '', 'g'),
                          '[[:space:]\u00a0\u200b-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]|&nbsp;|&#160;',
                          '', 'g')
        INTO body_text FROM revisions r WHERE r.article_id = p_article AND r.version = a.version;
    IF btrim(a.headline) = '' THEN problems := problems || 'the article needs a headline'::text; END IF;
    IF btrim(a.lead) = '' THEN problems := problems || 'the article needs a lead'::text; END IF;
    IF btrim(a.section) = '' THEN problems := problems || 'choose a section'::text; END IF;
    IF btrim(a.language) !~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' THEN
        problems := problems || 'choose the article''s language'::text;
    END IF;
    IF coalesce(body_text, '') = '' THEN problems := problems || 'the article has no text'::text; END IF;
    IF EXISTS (SELECT 1 FROM revision_images i WHERE i.article_id = p_article
               AND i.version = a.version AND btrim(i.alt_text) = '') THEN
        problems := problems || 'an image has no alternative text'::text;
    END IF;
    IF a.embargo_at IS NOT NULL AND a.embargo_at <= newsroom_now_ms() THEN
        problems := problems || 'the embargo time has passed'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM comments c WHERE c.article_id = p_article AND c.resolved = 0) THEN
        problems := problems || 'review comments are not resolved'::text;
    END IF;
    RETURN problems;
END $$)"_s;

    s << uR"(CREATE OR REPLACE FUNCTION newsroom_lock_article(p_article text, p_expected integer)
RETURNS articles LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a articles;
BEGIN
    SELECT * INTO a FROM articles WHERE id = p_article FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no article %', p_article USING ERRCODE = 'NRINV';
    END IF;
    IF p_expected >= 0 AND a.version <> p_expected THEN
        RAISE EXCEPTION 'the article was saved again meanwhile (version % now, % expected)',
            a.version, p_expected USING ERRCODE = 'NRCON';
    END IF;
    RETURN a;
END $$)"_s;

    // Submit, withdraw, request changes, archive, restore.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_perform(p_article text, p_action text,
    p_comment text, p_expected_version integer) RETURNS text LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a articles;
    d record;
    problems text[];
    comment_num bigint;
    details jsonb;
    now_ms bigint := newsroom_now_ms();
BEGIN
    IF p_action NOT IN ('submit', 'withdraw', 'request_changes', 'archive', 'restore') THEN
        RAISE EXCEPTION 'the action % is not taken through newsroom_perform', p_action
            USING ERRCODE = 'NRINV';
    END IF;
    a := newsroom_lock_article(p_article, p_expected_version);
    SELECT * INTO d FROM newsroom_decide(p_action, p_article);
    IF d.guard = 'submit_checklist' THEN
        problems := newsroom_checklist(p_article);
        IF cardinality(problems) > 0 THEN
            RAISE EXCEPTION 'the article is not ready for review: %', array_to_string(problems, '; ')
                USING ERRCODE = 'NRINV';
        END IF;
    ELSIF d.guard = 'review_comment' AND btrim(coalesce(p_comment, '')) = '' THEN
        RAISE EXCEPTION 'a comment must say what to change' USING ERRCODE = 'NRINV';
    ELSIF d.guard = 'valid_approval' THEN
        RAISE EXCEPTION 'publishing goes through newsroom_publish' USING ERRCODE = 'NRINV';
    END IF;
    UPDATE articles SET status = d.to_status, status_changed_at = now_ms,
        status_changed_by = session_user WHERE id = p_article;
    details := jsonb_build_object('from', a.status, 'to', d.to_status, 'version', a.version);
    IF d.guard = 'review_comment' THEN
        INSERT INTO comments (article_id, parent_num, author, created_at, text, quote,
                              quote_before, quote_after, quote_offset)
        VALUES (p_article, NULL, session_user, now_ms, p_comment, '', '', '', 0)
        RETURNING num INTO comment_num;
        PERFORM newsroom_audit_append(session_user, 'comment', p_article,
            jsonb_build_object('comment', comment_num, 'text', p_comment)::text);
        details := details || jsonb_build_object('comment', comment_num);
    END IF;
    PERFORM newsroom_audit_append(session_user, p_action, p_article, details::text);
    RETURN d.to_status;
END $$)"_s;

    // The supervisor signs on the desk (the secret key never leaves it); the server checks who,
    // what and that the key is the signer's own.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_approve(p_article text, p_version integer,
    p_content_hash text, p_approved_at bigint, p_public_key bytea, p_signature bytea)
RETURNS bigint LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a articles;
    d record;
    problems text[];
    approval_num bigint;
    now_ms bigint := newsroom_now_ms();
BEGIN
    a := newsroom_lock_article(p_article, p_version);
    SELECT * INTO d FROM newsroom_decide('approve', p_article);
    IF a.content_hash <> p_content_hash THEN
        RAISE EXCEPTION 'the approval is for other content than the article has'
            USING ERRCODE = 'NRCON';
    END IF;
    problems := newsroom_checklist(p_article);
    IF cardinality(problems) > 0 THEN
        RAISE EXCEPTION 'the article cannot be approved yet: %', array_to_string(problems, '; ')
            USING ERRCODE = 'NRINV';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE name = session_user AND public_key = p_public_key) THEN
        RAISE EXCEPTION 'the approval is not signed with %''s own key', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF octet_length(p_signature) <> 64 OR abs(p_approved_at - now_ms) > 600000 THEN
        RAISE EXCEPTION 'the approval''s signature or time is not acceptable' USING ERRCODE = 'NRINV';
    END IF;
    UPDATE articles SET status = d.to_status, status_changed_at = now_ms,
        status_changed_by = session_user WHERE id = p_article;
    INSERT INTO approvals (article_id, version, content_hash, supervisor, approved_at, public_key,
                           signature)
    VALUES (p_article, p_version, p_content_hash, session_user, p_approved_at, p_public_key,
            p_signature)
    RETURNING num INTO approval_num;
    PERFORM newsroom_audit_append(session_user, 'approve', p_article,
        jsonb_build_object('version', p_version, 'content_hash', p_content_hash,
                           'signature', encode(p_signature, 'hex'))::text);
    RETURN approval_num;
END $$)"_s;

    s << uR"(CREATE OR REPLACE FUNCTION newsroom_publish(p_article text, p_details text)
RETURNS text LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a articles;
    d record;
    ap record;
BEGIN
    a := newsroom_lock_article(p_article, -1);
    SELECT * INTO d FROM newsroom_decide('publish', p_article);
    SELECT * INTO ap FROM approvals WHERE article_id = p_article ORDER BY num DESC LIMIT 1;
    IF NOT FOUND OR ap.voided <> 0 OR ap.content_hash <> a.content_hash THEN
        RAISE EXCEPTION 'the article has no valid approval' USING ERRCODE = 'NRCON';
    END IF;
    UPDATE articles SET status = d.to_status, status_changed_at = newsroom_now_ms(),
        status_changed_by = session_user WHERE id = p_article;
    PERFORM newsroom_audit_append(session_user, 'publish', p_article,
        (coalesce(nullif(p_details, '')::jsonb, '{}'::jsonb)
         || jsonb_build_object('from', a.status, 'to', d.to_status, 'version', a.version))::text);
    RETURN d.to_status;
END $$)"_s;

    // ---- Comments ------------------------------------------------------------------------------
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_add_comment(p_article text, p_parent bigint,
    p_text text, p_quote text, p_before text, p_after text, p_offset bigint)
RETURNS bigint LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    n bigint;
    details jsonb;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM users WHERE name = session_user AND disabled = 0) THEN
        RAISE EXCEPTION '% is not a user of this newsroom', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF btrim(coalesce(p_text, '')) = '' THEN
        RAISE EXCEPTION 'a comment needs some text' USING ERRCODE = 'NRINV';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM articles WHERE id = p_article) THEN
        RAISE EXCEPTION 'there is no article %', p_article USING ERRCODE = 'NRINV';
    END IF;
    IF p_parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comments WHERE num = p_parent
                                            AND article_id = p_article) THEN
        RAISE EXCEPTION 'there is no comment % on this article', p_parent USING ERRCODE = 'NRINV';
    END IF;
    INSERT INTO comments (article_id, parent_num, author, created_at, text, quote, quote_before,
                          quote_after, quote_offset)
    VALUES (p_article, p_parent, session_user, newsroom_now_ms(), p_text, coalesce(p_quote, ''),
            coalesce(p_before, ''), coalesce(p_after, ''), coalesce(p_offset, 0))
    RETURNING num INTO n;
    details := jsonb_build_object('comment', n, 'text', p_text);
    IF p_parent IS NOT NULL THEN details := details || jsonb_build_object('reply_to', p_parent); END IF;
    IF coalesce(p_quote, '') <> '' THEN details := details || jsonb_build_object('quote', p_quote); END IF;
    PERFORM newsroom_audit_append(session_user, 'comment', p_article, details::text);
    RETURN n;
END $$)"_s;

    s << uR"(CREATE OR REPLACE FUNCTION newsroom_set_comment_resolved(p_comment bigint,
    p_resolved boolean) RETURNS void LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    c record;
BEGIN
    IF NOT (newsroom_has_role('officer') OR newsroom_has_role('supervisor')) THEN
        RAISE EXCEPTION 'only officers and supervisors resolve comments'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT article_id, resolved INTO c FROM comments WHERE num = p_comment FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no comment %', p_comment USING ERRCODE = 'NRINV';
    END IF;
    IF (c.resolved <> 0) = p_resolved THEN
        RAISE EXCEPTION 'the comment is already %', CASE WHEN p_resolved THEN 'resolved' ELSE 'open' END
            USING ERRCODE = 'NRCON';
    END IF;
    UPDATE comments SET resolved = CASE WHEN p_resolved THEN 1 ELSE 0 END,
        resolved_at = CASE WHEN p_resolved THEN newsroom_now_ms() END,
        resolved_by = CASE WHEN p_resolved THEN session_user END
    WHERE num = p_comment;
    PERFORM newsroom_audit_append(session_user,
        CASE WHEN p_resolved THEN 'comment_resolve' ELSE 'comment_reopen' END, c.article_id,
        jsonb_build_object('comment', p_comment)::text);
END $$)"_s;

    // ---- Sign-in and signing keys --------------------------------------------------------------
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_sign_in() RETURNS text LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    u record;
BEGIN
    SELECT * INTO u FROM users WHERE name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a user of this newsroom', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF u.disabled <> 0 THEN
        PERFORM newsroom_audit_append('', 'sign_in_failed', session_user,
                                      '{"reason":"disabled"}');
        RAISE EXCEPTION 'the account % is disabled', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM newsroom_audit_append(session_user, 'sign_in', session_user, '');
    RETURN concat_ws(',',
        CASE WHEN pg_has_role(session_user, 'newsroom_officer', 'MEMBER') THEN 'officer' END,
        CASE WHEN pg_has_role(session_user, 'newsroom_supervisor', 'MEMBER') THEN 'supervisor' END,
        CASE WHEN pg_has_role(session_user, 'newsroom_admin', 'MEMBER') THEN 'admin' END);
END $$)"_s;

    s << uR"(CREATE OR REPLACE FUNCTION newsroom_my_sealed_key() RETURNS text LANGUAGE sql STABLE )"_s
            + kDefiner + uR"( AS $$ SELECT sealed_key FROM users WHERE name = session_user $$)"_s;

    s << uR"(CREATE OR REPLACE FUNCTION newsroom_set_signing_key(p_public_key bytea,
    p_sealed_key text, p_fingerprint text) RETURNS void LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    now_ms bigint := newsroom_now_ms();
BEGIN
    IF NOT newsroom_has_role('supervisor') THEN
        RAISE EXCEPTION 'only supervisors hold signing keys' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE signing_keys SET retired_at = now_ms WHERE user_name = session_user AND retired_at IS NULL;
    INSERT INTO signing_keys (user_name, public_key, created_at) VALUES (session_user, p_public_key, now_ms);
    UPDATE users SET public_key = p_public_key, sealed_key = p_sealed_key WHERE name = session_user;
    PERFORM newsroom_audit_append(session_user, 'signing_key_created', session_user,
        jsonb_build_object('fingerprint', p_fingerprint)::text);
END $$)"_s;

    // Owner-only: the login role of a newsroom user. The password travels as a bound value and
    // is quoted here (CREATE ROLE takes no parameters).
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_create_login(p_name text, p_password text,
    p_groups text[]) RETURNS void LANGUAGE plpgsql )"_s
            + kPath + uR"( AS $$
DECLARE
    g text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_name);
    END IF;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_password);
    END IF;
    FOREACH g IN ARRAY ARRAY['newsroom_officer', 'newsroom_supervisor', 'newsroom_admin'] LOOP
        IF g = ANY (p_groups) THEN
            EXECUTE format('GRANT %I TO %I', g, p_name);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m
                      WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)
                        AND m.member = (SELECT oid FROM pg_roles WHERE rolname = p_name)) THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_name);
        END IF;
    END LOOP;
END $$)"_s;

    // ---- Content saves: checked row by row, recorded at commit ---------------------------------
    // Not SECURITY DEFINER: current_user tells a desk's direct save (checked here) from our own
    // functions and the owner's tools (trusted; they checked already).
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_guard_article() RETURNS trigger LANGUAGE plpgsql )"_s
            + kPath + uR"( AS $$
DECLARE
    me text := session_user;
    d record;
BEGIN
    IF current_user = newsroom_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT newsroom_has_role('officer') THEN
            RAISE EXCEPTION 'only officers create articles' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status <> 'draft' OR NEW.version <> 1 OR NEW.created_by <> me
           OR NEW.updated_by <> me OR NEW.status_changed_by <> me THEN
            RAISE EXCEPTION 'a new article is a draft at version 1, created by % and nobody else', me
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.updated_by <> me THEN
        RAISE EXCEPTION 'a save is recorded as the user who makes it (%)', me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'a save makes the next version (% after %)', OLD.version + 1, OLD.version
            USING ERRCODE = 'NRCON';
    END IF;
    SELECT * INTO d FROM newsroom_decide('edit', NEW.id);
    IF d.to_status <> OLD.status THEN
        -- Editing an approved article: back to draft; the approval is voided at commit.
        NEW.status := d.to_status;
        NEW.status_changed_at := NEW.updated_at;
        NEW.status_changed_by := me;
    END IF;
    RETURN NEW;
END $$)"_s;
    s << u"CREATE OR REPLACE TRIGGER articles_guard BEFORE INSERT OR UPDATE ON articles "
         "FOR EACH ROW EXECUTE FUNCTION newsroom_guard_article()"_s;

    // A revision belongs to the article's current version and to whoever saved it.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_guard_revision() RETURNS trigger LANGUAGE plpgsql )"_s
            + kPath + uR"( AS $$
BEGIN
    IF current_user = newsroom_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.saved_by <> session_user OR NOT EXISTS (
            SELECT 1 FROM articles WHERE id = NEW.article_id AND version = NEW.version
            AND updated_by = session_user) THEN
        RAISE EXCEPTION 'a revision is written only by the save that makes it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)"_s;
    s << u"CREATE OR REPLACE TRIGGER revisions_guard BEFORE INSERT ON revisions "
         "FOR EACH ROW EXECUTE FUNCTION newsroom_guard_revision()"_s;
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_guard_revision_image() RETURNS trigger
LANGUAGE plpgsql )"_s
            + kPath + uR"( AS $$
BEGIN
    IF current_user = newsroom_owner() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id AND version = NEW.version
                   AND updated_by = session_user) THEN
        RAISE EXCEPTION 'revision images are written only by the save that makes them'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)"_s;
    s << u"CREATE OR REPLACE TRIGGER revision_images_guard BEFORE INSERT ON revision_images "
         "FOR EACH ROW EXECUTE FUNCTION newsroom_guard_revision_image()"_s;

    // At commit: the save has its revision; approvals of other content are voided; audited.
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_record_save(p_article text) RETURNS void
LANGUAGE plpgsql )"_s
            + kDefiner + uR"( AS $$
DECLARE
    a articles;
    reason text;
BEGIN
    SELECT * INTO a FROM articles WHERE id = p_article;
    IF NOT FOUND OR a.updated_by <> session_user THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM revisions WHERE article_id = p_article AND version = a.version
                   AND content_hash = a.content_hash) THEN
        RAISE EXCEPTION 'the save of % version % has no revision', p_article, a.version
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM audit_log WHERE subject = p_article AND action IN ('create', 'edit')
               AND details = jsonb_build_object('version', a.version)::text) THEN
        RETURN;
    END IF;
    reason := format('edited by %s (version %s)', session_user, a.version);
    IF EXISTS (SELECT 1 FROM approvals WHERE article_id = p_article AND voided = 0
               AND content_hash <> a.content_hash) THEN
        UPDATE approvals SET voided = 1, voided_at = newsroom_now_ms(), voided_reason = reason
            WHERE article_id = p_article AND voided = 0 AND content_hash <> a.content_hash;
        PERFORM newsroom_audit_append(session_user, 'approval_voided', p_article,
                                      jsonb_build_object('reason', reason)::text);
    END IF;
    PERFORM newsroom_audit_append(session_user, CASE WHEN a.version = 1 THEN 'create' ELSE 'edit' END,
                                  p_article, jsonb_build_object('version', a.version)::text);
END $$)"_s;
    s << uR"(CREATE OR REPLACE FUNCTION newsroom_after_save() RETURNS trigger LANGUAGE plpgsql )"_s
            + kPath + uR"( AS $$
BEGIN
    IF current_user <> newsroom_owner()
       AND (TG_OP = 'INSERT' OR NEW.version IS DISTINCT FROM OLD.version) THEN
        PERFORM newsroom_record_save(NEW.id);
    END IF;
    RETURN NULL;
END $$)"_s;
    s << u"DROP TRIGGER IF EXISTS articles_record ON articles"_s;
    s << u"CREATE CONSTRAINT TRIGGER articles_record AFTER INSERT OR UPDATE ON articles "
         "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsroom_after_save()"_s;

    // ---- Privileges ----------------------------------------------------------------------------
    s << u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s;
    s << u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"_s;
    s << u"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"_s;
    s << u"GRANT USAGE ON SCHEMA public TO newsroom_officer, newsroom_supervisor, newsroom_admin"_s;
    s << u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsroom_officer, newsroom_supervisor, "
         "newsroom_admin"_s;
    // Password hashes and sealed keys are nobody's business (one's own key:
    // newsroom_my_sealed_key).
    s << u"REVOKE SELECT ON users FROM newsroom_officer, newsroom_supervisor, newsroom_admin"_s;
    s << u"GRANT SELECT (name, display_name, roles, disabled, public_key, created_at) ON users TO "
         "newsroom_officer, newsroom_supervisor, newsroom_admin"_s;
    s << u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO newsroom_officer, newsroom_supervisor"_s;
    // What a content save writes (SqlStore::saveArticle); never the status columns.
    s << u"GRANT INSERT ON articles, revisions, revision_images, image_blobs, article_authors, "
         "article_search TO newsroom_officer, newsroom_supervisor"_s;
    s << u"GRANT UPDATE (version, headline, headline_key, lead, slug, byline, section, tags, "
         "language, dateline, embargo_at, planned_at, content_hash, updated_at, updated_by) "
         "ON articles TO newsroom_officer, newsroom_supervisor"_s;
    s << u"GRANT UPDATE ON article_search TO newsroom_officer, newsroom_supervisor"_s;
    s << u"GRANT DELETE ON article_authors, image_blobs TO newsroom_officer, newsroom_supervisor"_s;
    // Recovery slots: each user their own.
    s << u"GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_slots, recovery_images TO "
         "newsroom_officer, newsroom_supervisor"_s;
    s << u"ALTER TABLE recovery_slots ENABLE ROW LEVEL SECURITY"_s;
    s << u"ALTER TABLE recovery_images ENABLE ROW LEVEL SECURITY"_s;
    s << u"DROP POLICY IF EXISTS own_slots ON recovery_slots"_s;
    s << u"CREATE POLICY own_slots ON recovery_slots USING (user_name = session_user) "
         "WITH CHECK (user_name = session_user)"_s;
    s << u"DROP POLICY IF EXISTS own_images ON recovery_images"_s;
    s << u"CREATE POLICY own_images ON recovery_images USING (user_name = session_user) "
         "WITH CHECK (user_name = session_user)"_s;
    for (const QString &f :
         { u"newsroom_audit(text, text, text)"_s, u"newsroom_decide(text, text)"_s,
           u"newsroom_perform(text, text, text, integer)"_s,
           u"newsroom_approve(text, integer, text, bigint, bytea, bytea)"_s,
           u"newsroom_publish(text, text)"_s,
           u"newsroom_add_comment(text, bigint, text, text, text, text, bigint)"_s,
           u"newsroom_set_comment_resolved(bigint, boolean)"_s, u"newsroom_sign_in()"_s,
           u"newsroom_my_sealed_key()"_s, u"newsroom_set_signing_key(bytea, text, text)"_s,
           u"newsroom_checklist(text)"_s, u"newsroom_has_role(text)"_s, u"newsroom_owner()"_s,
           u"newsroom_now_ms()"_s, u"newsroom_record_save(text)"_s }) {
        s << u"GRANT EXECUTE ON FUNCTION "_s + f
                + u" TO newsroom_officer, newsroom_supervisor, newsroom_admin"_s;
    }
    // Trigger functions run as the invoker: everyone who may save needs them.
    for (const QString &f : { u"newsroom_guard_article()"_s, u"newsroom_guard_revision()"_s,
                              u"newsroom_guard_revision_image()"_s, u"newsroom_after_save()"_s,
                              u"newsroom_notify_article()"_s }) {
        s << u"GRANT EXECUTE ON FUNCTION "_s + f + u" TO newsroom_officer, newsroom_supervisor"_s;
    }
    return s;
}

StoreError failure(const QSqlError &error, const QString &sql)
{
    StoreError e = StoreError::storage(
        PgServerSchema::tr("Could not set up the server: %1").arg(error.text().simplified()),
        sql.left(200));
    if (error.nativeErrorCode() == u"42501"_s)
        e.kind = StoreError::Kind::PermissionDenied;
    return e;
}

} // namespace

QString PgServerSchema::groupRole(Role role)
{
    return u"newsroom_"_s + roleName(role);
}

QStringList PgServerSchema::groupRoles()
{
    QStringList list;
    for (Role r : allRoles())
        list << groupRole(r);
    return list;
}

QStringList PgServerSchema::statements()
{
    return layerSql();
}

Result<void> PgServerSchema::install(PgStore &owner)
{
    Result<Store::Transaction> tx = owner.transaction();
    if (!tx)
        return tx.error();
    QSqlDatabase db = owner.database();
    QSqlQuery q(db);
    const QStringList all = layerSql();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &sql = all.at(i);
        if (!q.exec(sql))
            return failure(q.lastError(), sql);
        // The owner is recorded right after its table exists: the guards trust it.
        if (sql.startsWith(u"CREATE TABLE IF NOT EXISTS newsroom_server"_s)) {
            Result<SqlStore::Statement> st = owner.prepare(
                u"INSERT INTO newsroom_server (key, value) VALUES ('owner', current_user), "
                "('layer', ?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s);
            if (!st)
                return st.error();
            if (Result<void> r = st->bind(QString::number(layerVersion())).exec(); !r)
                return r;
        }
        if (sql.startsWith(u"CREATE TABLE IF NOT EXISTS workflow_transitions"_s)) {
            if (!q.exec(u"DELETE FROM workflow_transitions"_s))
                return failure(q.lastError(), u"workflow_transitions"_s);
            Result<SqlStore::Statement> ins = owner.prepare(
                u"INSERT INTO workflow_transitions (position, from_status, to_status, action, "
                "roles, standing, guard) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            if (!ins)
                return ins.error();
            const QList<Transition> &table = TransitionTable::transitions();
            for (qsizetype t = 0; t < table.size(); ++t) {
                const Transition &tr = table.at(t);
                if (Result<void> r = ins->bind(int(t))
                                         .bind(statusName(tr.from))
                                         .bind(statusName(tr.to))
                                         .bind(actionName(tr.action))
                                         .bind(roleNames(tr.roles).join(u','))
                                         .bind(standingName(tr.standing))
                                         .bind(guardName(tr.guard))
                                         .exec();
                    !r)
                    return r;
            }
        }
    }
    {
        // Desks connect to this database only through the newsroom's roles.
        Result<SqlStore::Statement> st = owner.prepare(u"SELECT current_database()"_s);
        if (!st)
            return st.error();
        if (Result<void> r = st->exec(); !r)
            return r;
        const QString dbName = st->next() ? st->value(0).toString() : QString();
        st->query().finish();
        const QString quoted = u'"' + QString(dbName).replace(u'"', u"\"\""_s) + u'"';
        const QStringList grants {
            u"REVOKE CONNECT ON DATABASE "_s + quoted + u" FROM PUBLIC"_s,
            u"GRANT CONNECT ON DATABASE "_s + quoted
                + u" TO newsroom_officer, newsroom_supervisor, newsroom_admin"_s,
        };
        for (const QString &sql : grants) {
            if (!q.exec(sql))
                return failure(q.lastError(), sql);
        }
    }
    if (Result<void> r = tx->commit(); !r)
        return r;
    return owner.refreshServerMode();
}

namespace {

Result<void> createLogin(PgStore &owner, const QString &name, const QVariant &password, Roles roles)
{
    QStringList groups;
    for (Role r : allRoles()) {
        if (roles.testFlag(r))
            groups << PgServerSchema::groupRole(r);
    }
    Result<SqlStore::Statement> st = owner.prepare(
        u"SELECT newsroom_create_login(?, ?, string_to_array(CAST(? AS TEXT), ','))"_s);
    if (!st)
        return st.error();
    st->query().bindValue(0, name);
    st->query().bindValue(1, password);
    st->query().bindValue(2, groups.join(u','));
    if (!st->query().exec())
        return owner.sqlError(st->query().lastError(), u"newsroom_create_login"_s);
    return {};
}

} // namespace

Result<void> PgServerSchema::addUser(PgStore &owner, const QString &name,
                                     const QString &displayName, Roles roles,
                                     const QByteArray &password, Argon2Cost cost)
{
    if (name.isEmpty() || name.size() > 63 || name.contains(u',') || name.contains(u':')
        || name.contains(u' '))
        return StoreError::invalid(
            tr("A user name must be 1 to 63 characters without spaces, commas or colons."));
    if (roles == Roles())
        return StoreError::invalid(tr("A user needs at least one role."));
    if (password.isEmpty())
        return StoreError::invalid(tr("The password must not be empty."));
    Result<Store::Transaction> tx = owner.transaction();
    if (!tx)
        return tx.error();
    if (Result<void> r = createLogin(owner, name, QString::fromUtf8(password), roles); !r)
        return r;
    const qint64 now = owner.now().toMSecsSinceEpoch();
    Result<SqlStore::Statement> up = owner.prepare(
        u"INSERT INTO users (name, display_name, roles, disabled, password_hash, created_at) "
        "VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (name) DO UPDATE SET roles = EXCLUDED.roles, "
        "display_name = EXCLUDED.display_name, disabled = 0"_s);
    if (!up)
        return up.error();
    if (Result<void> r = up->bind(name)
                             .bind(displayName.isEmpty() ? name : displayName)
                             .bind(roleNames(roles).join(u','))
                             .bind(now)
                             .exec();
        !r)
        return r;
    if (roles.testFlag(Role::Supervisor)) {
        // A new key sealed with the new password (the old one, if any, stays in signing_keys).
        SigningKeyPair pair = SigningKeys::generate();
        const QByteArray sealed = KeyVault(cost).seal(pair.secretKey, password);
        Sodium::wipe(pair.secretKey);
        if (pair.publicKey.isEmpty() || sealed.isEmpty())
            return StoreError::storage(tr("Could not make a signing key."));
        Result<SqlStore::Statement> retire = owner.prepare(
            u"UPDATE signing_keys SET retired_at = ? WHERE user_name = ? AND retired_at IS NULL"_s);
        if (!retire)
            return retire.error();
        if (Result<void> r = retire->bind(now).bind(name).exec(); !r)
            return r;
        Result<SqlStore::Statement> key = owner.prepare(
            u"INSERT INTO signing_keys (user_name, public_key, created_at) VALUES (?, ?, ?)"_s);
        if (!key)
            return key.error();
        if (Result<void> r = key->bind(name).bind(pair.publicKey).bind(now).exec(); !r)
            return r;
        Result<SqlStore::Statement> upd
            = owner.prepare(u"UPDATE users SET public_key = ?, sealed_key = ? WHERE name = ?"_s);
        if (!upd)
            return upd.error();
        if (Result<void> r
            = upd->bind(pair.publicKey).bind(QString::fromLatin1(sealed)).bind(name).exec();
            !r)
            return r;
    }
    Result<SqlStore::Statement> audit
        = owner.prepare(u"SELECT newsroom_audit_append(session_user, 'user_add', ?, ?)"_s);
    if (!audit)
        return audit.error();
    if (Result<void> r
        = audit->bind(name).bind(u"{\"roles\":\"%1\"}"_s.arg(roleNames(roles).join(u','))).exec();
        !r)
        return r;
    return tx->commit();
}

Result<void> PgServerSchema::addLoginWithoutPassword(PgStore &owner, const QString &name,
                                                     Roles roles)
{
    return createLogin(owner, name, QVariant(QMetaType(QMetaType::QString)), roles);
}
