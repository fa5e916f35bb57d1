package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import cn.zhuanban.shared.web.ApiJson;
import cn.zhuanban.ticket.InstructionCommand;
import cn.zhuanban.ticket.LeaderInstructions;
import cn.zhuanban.ticket.MetricsDimension;
import cn.zhuanban.ticket.MetricsRow;
import cn.zhuanban.ticket.MoveCheck;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.MoveDone;
import cn.zhuanban.ticket.MoveStateCheck;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMetrics;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketSummary;
import cn.zhuanban.ticket.TicketView;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Tickets over the API (api-contract.md, Tickets): report (as JSON, or as multipart with files), a leader's
 * instruction, read, move (a resolution also as multipart with its evidence), list; data-scoped.
 */
@ApiController("/api/v1/tickets")
class TicketApiController {

    record Created(long id, TicketState state) {}

    private final TicketManagement management;
    private final LeaderInstructions instructions;
    private final TicketLists lists;
    private final TicketMetrics metrics;

    private final MoveStateCheck stateCheck;
    private final ApiJson json;
    private final Clock clock;

    TicketApiController(
            TicketManagement management,
            LeaderInstructions instructions,
            TicketLists lists,
            TicketMetrics metrics,
            MoveStateCheck stateCheck,
            ApiJson json,
            Clock clock) {
        this.clock = clock;
        this.stateCheck = stateCheck;
        this.json = json;
        this.management = management;
        this.instructions = instructions;
        this.lists = lists;
        this.metrics = metrics;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_REPORT + "')")
    Created report(@Valid @RequestBody ReportCommand command, CurrentUser user) {
        long id = management.report(command, List.of(), user);
        return new Created(id, TicketState.REPORTED);
    }

    /**
     * The same report with photos or files: {@code multipart/form-data} with a part {@code ticket}
     * holding the JSON body above ({@code Content-Type: application/json}) and up to 9 parts
     * {@code files}, each at most 10 MB, of a type judged by content. A refused file refuses the
     * report as a whole (400 problem, code {@code file-refused}) and leaves no ticket and no file.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_REPORT + "')")
    Created reportWithFiles(
            @Valid @RequestPart("ticket") ReportCommand command,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            CurrentUser user) {
        long id = management.report(command, TicketUploads.of(files), user);
        return new Created(id, TicketState.REPORTED);
    }

    /**
     * A leader's instruction (领导批示), as the page {@code /tickets/instructions/new} gives it: a ticket reported by
     * him and assigned at once. Answers the ticket as {@code GET /{id}} reads it, so the caller sees the deadlines
     * counted from the severity or the date he chose. A project outside his scope is not found; a department or date
     * refused is a 400 naming the field.
     */
    @PostMapping("/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_INSTRUCT + "')")
    TicketView instruct(@Valid @RequestBody InstructionCommand command, CurrentUser user) {
        long id = instructions.open(command, user);
        return lists.find(id, user);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    TicketView find(@PathVariable long id, CurrentUser user) {
        return lists.find(id, user);
    }

    /**
     * A move of the contract's list. {@code resolve} on a REPORTED ticket is the dispatch office's resolving it on the
     * spot (same body: outcome, explanation); {@code resolve-on-the-spot} is its older name, kept as an alias. The ticket's
     * scope and whose move it is are checked before the body is read, and its state before a body of the wrong types
     * is refused: the body is bound as a tree and read as the move's only then (409 before 400, as the README has it).
     */
    @PostMapping("/{id}/{action}")
    @CheckedBeforeBinding(MoveCheck.class)
    @PreAuthorize("hasAnyAuthority('" + Permissions.TICKET_REPORT + "', '" + Permissions.TICKET_DISPATCH + "', '"
            + Permissions.TICKET_HANDLE + "', '" + Permissions.TICKET_SUSPEND + "', '" + Permissions.TICKET_INSTRUCT
            + "')")
    Created act(
            @PathVariable long id,
            @PathVariable String action,
            // described as the move's body in /v3/api-docs, though bound as a tree (see read)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = MoveCommand.class)))
                    @RequestBody(required = false)
                    JsonNode body,
            CurrentUser user,
            HttpServletRequest request) {
        TicketMove move = TicketMove.ofPath(action).orElseThrow(() -> new NotFoundException("action", action));
        MoveCommand command = read(id, action, body, request);
        TicketState state = management.act(id, move, command == null ? MoveCommand.empty() : command, user);
        return new Created(id, state);
    }

    /**
     * The move's body read with the API's mapper (strict types, stored-text checks); one that cannot be read is refused
     * as before (400 naming the field), unless the ticket's state refuses the move anyway (409).
     */
    private MoveCommand read(long id, String action, JsonNode body, HttpServletRequest request) {
        if (body == null) {
            return null;
        }
        try {
            return json.read(body, MoveCommand.class);
        } catch (JacksonException e) {
            stateCheck.requireStateAllows(id, action);
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
    }

    /**
     * A resolution with its evidence (办结佐证), as the page's resolve form takes it: {@code multipart/form-data} with a
     * part {@code move} holding the JSON body of the move ({@code Content-Type: application/json}: outcome,
     * explanation as {@code reason}, version) and up to 9 parts {@code files}, each at most 10 MB, of a type judged by
     * content. Same permission, scope and checks as the JSON move, the ticket's state first (a closed ticket: 409 whatever
     * the files or a {@code move} part of the wrong types); a refused file refuses the move as a whole (400
     * problem, code {@code file-refused}, field {@code files}) and keeps nothing; files with another move are refused (400, field
     * {@code files}).
     */
    @PostMapping(path = "/{id}/{action}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CheckedBeforeBinding(MoveCheck.class)
    @PreAuthorize("hasAnyAuthority('" + Permissions.TICKET_REPORT + "', '" + Permissions.TICKET_DISPATCH + "', '"
            + Permissions.TICKET_HANDLE + "', '" + Permissions.TICKET_SUSPEND + "', '" + Permissions.TICKET_INSTRUCT
            + "')")
    Created actWithFiles(
            @PathVariable long id,
            @PathVariable String action,
            // bound as a tree and read after the state check, as the JSON move's body (see read)
            @Schema(implementation = MoveCommand.class) @RequestPart(name = "move", required = false) JsonNode body,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            CurrentUser user,
            HttpServletRequest request) {
        TicketMove move = TicketMove.ofPath(action).orElseThrow(() -> new NotFoundException("action", action));
        MoveCommand command = read(id, action, body, request);
        MoveDone done = management.perform(
                id, move, command == null ? MoveCommand.empty() : command, user, TicketUploads.of(files));
        return new Created(id, done.state());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    PageResult<TicketSummary> list(
            @ModelAttribute TicketFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return lists.search(filter, user, PageQuery.of(page, size));
    }

    /**
     * Paged like every list of the API (a province has thousands of projects with tickets); {@code q} narrows the
     * projects by name; {@code period} (with {@code from} and {@code to} for {@code CUSTOM}) counts only the tickets
     * reported in it, as the metrics page does (none: all time). An unknown period or a day that is no date is a 400
     * naming it.
     */
    @GetMapping("/metrics")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_METRICS + "')")
    PageResult<MetricsRow> metrics(
            @RequestParam(defaultValue = "DEPARTMENT") MetricsDimension dimension,
            @RequestParam(required = false) String q,
            @ParameterObject PeriodChoice period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user) {
        return metrics.page(dimension, q, user, period.resolve(clock), PageQuery.of(page, size));
    }
}
