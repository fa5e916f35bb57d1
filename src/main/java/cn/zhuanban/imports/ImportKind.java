package cn.zhuanban.imports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.files.ImportOutcome;
import java.util.function.IntConsumer;

/**
 * One ledger's import as the job machinery runs it. A module implements it as a bean; its {@link #name()} is stored
 * with every job of the kind, so it never changes once jobs exist.
 */
public interface ImportKind {

    /** How often an import tells how many rows are through: a moving bar, at one short write per hundred rows. */
    int PROGRESS_EVERY = 100;

    /** The kind as stored in {@code import_job.kind}, at most 30 characters. */
    String name();

    /**
     * Checks an upload while the user is still at the form (size, an XLSX, the template, not too many rows) and returns
     * its number of rows; a refusal is a {@link cn.zhuanban.shared.BusinessException} at the field {@code file}. Runs
     * outside any transaction.
     */
    int rows(byte[] content);

    /**
     * Imports the file all or nothing as {@code requester} (whose scope decides what may be imported) in the name of
     * {@code actor}, inside the caller's transaction, telling {@code rowsDone} every {@link #PROGRESS_EVERY} rows or
     * so. An outcome with bad rows leaves nothing: the caller rolls the transaction back.
     */
    ImportOutcome run(byte[] content, String fileName, CurrentUser requester, Actor actor, IntConsumer rowsDone);
}
