package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.files.ImportOutcome;
import cn.zhuanban.shared.files.RowProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the outcome of a ledger import on its page (fragment {@code layout/import :: outcome}): the count, and each bad
 * row and each row to check with its number, column and reason in the user's language. A file of 5,000 bad rows would
 * make a page nobody reads and a browser chokes on, so at most {@value #SHOWN} of each are listed, with the total.
 */
@Component
public class ImportReport {

    static final int SHOWN = 500;

    /** A row as the page lists it. */
    public record Line(int row, String column, String reason) {}

    private final MessageSource messages;
    private final FormErrors formErrors;

    ImportReport(MessageSource messages, FormErrors formErrors) {
        this.messages = messages;
        this.formErrors = formErrors;
    }

    /**
     * Runs an import and shows its outcome, or the refusal of the whole file (not readable, too large, the wrong
     * template) at the file's field: the import page is shown either way.
     */
    public void run(Supplier<ImportOutcome> importing, Locale locale, Model model) {
        try {
            show(importing.get(), locale, model);
            model.addAttribute("errors", Map.of());
        } catch (BusinessException e) {
            model.addAttribute("errors", formErrors.of(e));
        }
    }

    /** Adds {@code outcome}, {@code badRows} and {@code rowsToCheck} to the model. */
    public void show(ImportOutcome outcome, Locale locale, Model model) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("badRows", lines(outcome.errors(), locale));
        model.addAttribute("rowsToCheck", lines(outcome.warnings(), locale));
        model.addAttribute("shownAtMost", SHOWN);
    }

    private List<Line> lines(List<RowProblem> problems, Locale locale) {
        return problems.stream()
                .limit(SHOWN)
                .map(p -> new Line(
                        p.row(),
                        p.column() == null ? "" : messages.getMessage(p.column(), null, p.column(), locale),
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList();
    }
}
