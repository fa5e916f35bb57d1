package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.imports.ImportKind;
import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.files.ImportOutcome;
import cn.zhuanban.shared.files.RowProblem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The monthly report import as a background job: the upload is checked at once (size, an XLSX, not too many rows, at
 * least one report row), then {@link InvestmentImport} runs on the node that claims the job. Its bad rows name their
 * column by the message key of the template's header, as the other ledger imports do.
 */
@Component
class InvestmentImportKind implements ImportKind {

    private final InvestmentImport importer;

    InvestmentImportKind(InvestmentImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return InvestmentImport.KIND;
    }

    @Override
    public int rows(byte[] content) {
        if (content.length == 0 || content.length > InvestmentImport.MAX_BYTES) {
            throw new BusinessException(ErrorCode.INVESTMENT_IMPORT_FILE, "file", ImportSheet.MAX_ROWS);
        }
        int rows = ImportSheet.read(new ByteArrayInputStream(content)).size();
        if (rows == 0) {
            // The template as downloaded, or all its rows deleted: nothing to queue, and "0 imported" read as done.
            throw new BusinessException(
                    ErrorCode.VALIDATION, "file", new DefaultMessageSourceResolvable("investment.import.no-rows"));
        }
        return rows;
    }

    @Override
    public ImportOutcome run(
            byte[] content, String fileName, CurrentUser requester, Actor actor, IntConsumer rowsDone) {
        ImportResult result =
                importer.importXlsx(new ByteArrayInputStream(content), fileName, requester, actor, rowsDone);
        if (result.succeeded()) {
            return ImportOutcome.imported(result.imported(), List.of());
        }
        return ImportOutcome.refused(
                result.rows(),
                result.errors().stream().map(InvestmentImportKind::problem).toList(),
                List.of());
    }

    private static RowProblem problem(RowError e) {
        return new RowProblem(
                e.row(), e.column() == null ? null : "investment.column." + e.column(), e.messageKey(), e.args());
    }
}
