package cn.zhuanban.imports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.files.RowProblem;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages of every kind (fragment {@code layout/import :: page}), so that the three import controllers keep
 * only their paths and templates: the upload form with a refusal at the field, the job with its progress (polled
 * with htmx while it runs) and then the count or every bad row, and a page of the user's own jobs of the kind.
 */
@Component
public class ImportJobPages {

    static final int JOBS_PER_PAGE = 10;

    /** A row as the page lists it: number, column header and reason in the user's language. */
    public record Line(int row, String column, String reason) {}

    private final ImportJobs jobs;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final Clock clock;

    ImportJobPages(ImportJobs jobs, MessageSource messages, FormErrors formErrors, Clock clock) {
        this.jobs = jobs;
        this.messages = messages;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** The page with the form and the user's jobs. */
    public String page(ImportPage page, Integer pageNo, CurrentUser user, Model model) {
        model.addAttribute("errors", Map.of());
        return whole(page, pageNo, user, model);
    }

    /** Refusals the user can act on come back at the field; an accepted file is queued and its job page shown. */
    public String upload(ImportPage page, MultipartFile file, CurrentUser user, Model model) throws IOException {
        try {
            long id = jobs.upload(page.kind(), file.getOriginalFilename(), file.getBytes(), user);
            return "redirect:" + page.jobPath(id);
        } catch (BusinessException e) {
            model.addAttribute("errors", formErrors.of(e));
            return whole(page, null, user, model);
        }
    }

    /** The page with one of the user's own jobs; to htmx, the job's part alone, which polls itself until the end. */
    public String job(
            ImportPage page,
            long id,
            Integer pageNo,
            CurrentUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ImportJob job = jobs.job(page.kind(), id, user);
        ImportJobs.Problems problems = jobs.problems(job);
        model.addAttribute("job", job);
        model.addAttribute("badRows", lines(problems.errors(), locale));
        model.addAttribute("rowsToCheck", lines(problems.warnings(), locale));
        model.addAttribute("shownAtMost", ImportJobs.SHOWN);
        model.addAttribute("importPage", page);
        model.addAttribute("zone", clock.getZone());
        if (Paging.isHtmx(request)) {
            if (job.finished()) {
                // The list of the user's imports below still shows the job running: it fetches itself again.
                response.setHeader("HX-Trigger", "import-finished");
            }
            return "layout/import :: job";
        }
        model.addAttribute("errors", Map.of());
        return whole(page, pageNo, user, model);
    }

    private String whole(ImportPage page, Integer pageNo, CurrentUser user, Model model) {
        model.addAttribute("importPage", page);
        model.addAttribute("jobs", jobs.mine(page.kind(), user, PageQuery.of(pageNo, JOBS_PER_PAGE)));
        model.addAttribute("zone", clock.getZone());
        return page.view();
    }

    private List<Line> lines(List<RowProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Line(
                        p.row(),
                        p.column() == null ? "" : messages.getMessage(p.column(), null, p.column(), locale),
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList();
    }
}
