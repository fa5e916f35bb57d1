package cn.zhuanban.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the province scale (not part of the build or the tests): N concurrent users log
 * in through the form (with the CSRF token) as district leader, dispatch office, lead officials,
 * task-force members, department handlers and enterprise contacts of a generated province, then
 * each repeats the measured pages: the cockpit (page and its chart data), the project list with
 * filters, the ticket to-do list and a project's battle map. Prints p50/p95/max per page.
 *
 * <p>Run with the JDK alone (single-file source), e.g.
 * {@code java src/load/java/cn/zhuanban/load/LoadDriver.java base=http://localhost:8108 tag=prov users=20 rounds=10
 * seconds=300} (the measured window ends after {@code rounds} or {@code seconds}, whichever comes first),
 * or {@code ./mvnw -Pload exec:exec -Dload.args="base=… users=20"}. {@code think=3000} lets each user
 * wait about that many milliseconds (randomly 50–150 %) after each page, as people read what they opened;
 * the default 0 sends the next request at once. The wait is never part of a page's time.
 */
public final class LoadDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PROJECT_LINK = Pattern.compile("href=\"/projects/(\\d+)\"");

    private final String base;
    private final String password;
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final long think;

    private LoadDriver(String base, String password, long think) {
        this.base = base;
        this.password = password;
        this.think = think;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("base", "http://localhost:8108");
        a.put("tag", "prov");
        a.put("users", "20");
        a.put("rounds", "10");
        a.put("password", "Zhuanban@2026");
        a.put("seconds", "300");
        a.put("think", "0");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                a.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        LoadDriver driver = new LoadDriver(a.get("base"), a.get("password"), Long.parseLong(a.get("think")));
        int users = Integer.parseInt(a.get("users"));
        int rounds = Integer.parseInt(a.get("rounds"));
        String tag = a.get("tag");
        driver.run(tag, users, rounds, Long.parseLong(a.get("seconds")));
    }

    /** The usernames the virtual users log in as: the roles in turn, different people of each role. */
    static String username(String tag, int i) {
        int k = i / 6 + 1;
        return switch (i % 6) {
            case 0 -> tag + "-leader";
            case 1 -> tag + "-dispatch";
            case 2 -> tag + "-lead-" + k;
            case 3 -> tag + "-tf-" + (k * 7);
            case 4 -> tag + "-handler-" + k;
            default -> tag + "-ent-" + (k * 13);
        };
    }

    /** Each user stops after its rounds or when the measured window of {@code seconds} is over. */
    private void run(String tag, int users, int rounds, long seconds) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "Load: %s, %d concurrent users, %d rounds each, think %d ms (±50%%), %d cores here%n",
                base,
                users,
                rounds,
                think,
                Runtime.getRuntime().availableProcessors());
        CyclicBarrier start = new CyclicBarrier(users);
        CountDownLatch done = new CountDownLatch(users);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        for (int i = 0; i < users; i++) {
            String username = username(tag, i);
            int seed = i;
            Thread.ofPlatform().name("vu-" + i).start(() -> {
                try {
                    VirtualUser vu = new VirtualUser(username, seed);
                    vu.login();
                    vu.discover();
                    vu.round(false); // warm-up, not measured
                    start.await();
                    long until = System.nanoTime() + seconds * 1_000_000_000L;
                    for (int r = 0; r < rounds && System.nanoTime() < until; r++) {
                        vu.round(true);
                    }
                } catch (Throwable e) {
                    failures.add(new IllegalStateException(username + ": " + e, e));
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - began) / 1e9;
        failures.forEach(f -> System.out.println("FAILED " + f.getMessage()));
        System.out.printf(Locale.ROOT, "%-28s %7s %6s %8s %8s %8s%n", "page", "n", "errors", "p50 ms", "p95 ms", "max ms");
        List<String> names = new ArrayList<>(timings.keySet());
        Collections.sort(names);
        for (String name : names) {
            List<Long> t = new ArrayList<>(timings.get(name));
            Collections.sort(t);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %7d %6d %8.0f %8.0f %8.0f%n",
                    name,
                    t.size(),
                    errors.getOrDefault(name, new AtomicInteger()).get(),
                    pct(t, 50),
                    pct(t, 95),
                    t.isEmpty() ? 0 : t.get(t.size() - 1) / 1e6);
        }
        System.out.printf(Locale.ROOT, "total %.1f s%n", elapsed);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private final class VirtualUser {

        private final String username;
        private final int seed;
        private final HttpClient http;
        private final Random random;
        private final List<Long> projects = new ArrayList<>();
        private final boolean department;
        private final boolean cockpit;
        private int turn;

        VirtualUser(String username, int seed) {
            this.username = username;
            this.seed = seed;
            this.random = new Random(seed);
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            this.department = username.contains("-handler-");
            this.cockpit = !username.contains("-ent-");
        }

        void login() throws Exception {
            String page = get("/login").body();
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.uri().toString().contains("/login") || r.statusCode() != 200) {
                throw new IllegalStateException("login refused (" + r.statusCode() + " " + r.uri() + ")");
            }
        }

        /** Projects the user sees, for the battle maps: the ids linked from the first pages of the list. */
        void discover() throws Exception {
            for (int page = 0; page < 3 && projects.size() < 40; page++) {
                Matcher m = PROJECT_LINK.matcher(get("/projects?page=" + page).body());
                while (m.find()) {
                    long id = Long.parseLong(m.group(1));
                    if (!projects.contains(id)) {
                        projects.add(id);
                    }
                }
            }
            if (projects.isEmpty()) {
                throw new IllegalStateException("sees no project");
            }
        }

        void round(boolean measured) throws Exception {
            turn++;
            if (cockpit) {
                measure("cockpit", "/cockpit", measured);
                measure("cockpit data (json)", "/cockpit/data", measured);
            }
            String[] filters = {
                "/projects?stage=UNDER_CONSTRUCTION&light=RED",
                "/projects?level=MUNICIPAL&q=" + enc("新能源"),
                "/projects?light=YELLOW&page=2",
                "/projects?stage=PRE_CONSTRUCTION&level=DISTRICT"
            };
            measure("project list (filters)", filters[(turn + seed) % filters.length], measured);
            String todo = department ? "TO_SIGN" : (turn % 2 == 0 ? "OVERDUE" : "TO_ASSIGN");
            measure("ticket to-do list", "/tickets?todo=" + todo, measured);
            long project = projects.get((turn * 7 + seed) % projects.size());
            measure("battle map (project)", "/projects/" + project + "/battle-map", measured);
        }

        private void measure(String name, String path, boolean measured) throws Exception {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(path);
            long t = System.nanoTime() - t0;
            pause();
            if (!measured) {
                return;
            }
            if (r.statusCode() != 200 || r.uri().getPath().equals("/login")) {
                errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                return;
            }
            timings.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(t);
        }

        /** The reading time after a page: {@code think} ms, randomly 50–150 %, none when {@code think} is 0. */
        private void pause() throws InterruptedException {
            if (think > 0) {
                Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
            }
        }

        private HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
