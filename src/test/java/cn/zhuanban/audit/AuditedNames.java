package cn.zhuanban.audit;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The audit actions and entity types the main code can write, read from its source: string literals passed where a
 * method, constructor or record takes a parameter named {@code action} (the convention of every event and every
 * {@code publish(action, …)} helper), or {@code entityType} (or {@code type} beside an {@code action}), and literals
 * returned by {@code action()} and {@code entityType()} of the events. A name built by concatenation
 * ({@code "ticket.card-" + card}) is reported by its literal prefix, for the test to enumerate.
 */
final class AuditedNames {

    final Set<String> actions = new TreeSet<>();
    final Set<String> entityTypes = new TreeSet<>();
    final Set<String> computedActionPrefixes = new TreeSet<>();
    final Set<String> computedEntityTypePrefixes = new TreeSet<>();

    /** (name/arity) → positions of action and entity-type parameters. */
    private final Map<String, Set<Integer>> actionPositions = new HashMap<>();

    private final Map<String, Set<Integer>> typePositions = new HashMap<>();

    /**
     * The string constants ({@code static final String EVENT = "recruitment-event"}) of the compilation unit being
     * read: a name passed as a constant is as known as a literal, and a scan that skipped it missed two entity types.
     */
    private Map<String, String> constants = Map.of();

    static AuditedNames of(Path sources) {
        AuditedNames names = new AuditedNames();
        List<CompilationUnitTree> units = parse(sources);
        units.forEach(u -> u.accept(names.new Declarations(), null));
        units.forEach(u -> {
            names.constants = constantsOf(u);
            u.accept(names.new Uses(), null);
        });
        return names;
    }

    private static List<CompilationUnitTree> parse(Path sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            List<Path> paths = walk.filter(p -> p.toString().endsWith(".java")).toList();
            JavacTask task = (JavacTask) javac.getTask(
                    null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(paths));
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> constantsOf(CompilationUnitTree unit) {
        Map<String, String> constants = new HashMap<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Set<Modifier> flags = node.getModifiers().getFlags();
                if (flags.contains(Modifier.STATIC)
                        && flags.contains(Modifier.FINAL)
                        && node.getInitializer() instanceof LiteralTree l
                        && l.getValue() instanceof String value) {
                    constants.put(node.getName().toString(), value);
                }
                return super.visitVariable(node, null);
            }
        }.scan(unit, null);
        return constants;
    }

    private static String key(String name, int arity) {
        return name + "/" + arity;
    }

    private void declare(String name, List<String> parameters) {
        String key = key(name, parameters.size());
        boolean hasAction = parameters.contains("action");
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            if (p.equals("action")) {
                actionPositions.computeIfAbsent(key, k -> new HashSet<>()).add(i);
            } else if (p.equals("entityType") || (hasAction && p.equals("type"))) {
                typePositions.computeIfAbsent(key, k -> new HashSet<>()).add(i);
            }
        }
    }

    /** Collects the declared methods, constructors and record components that take an action or entity type. */
    private final class Declarations extends TreeScanner<Void, Void> {

        private final List<String> classes = new ArrayList<>();

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            classes.add(node.getSimpleName().toString());
            if (node.getKind() == Tree.Kind.RECORD) {
                List<String> components = node.getMembers().stream()
                        .filter(m -> m instanceof VariableTree v
                                && !v.getModifiers().getFlags().contains(Modifier.STATIC))
                        .map(m -> ((VariableTree) m).getName().toString())
                        .toList();
                declare(node.getSimpleName().toString(), components);
            }
            super.visitClass(node, null);
            classes.removeLast();
            return null;
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            String name = node.getName().contentEquals("<init>")
                    ? classes.getLast()
                    : node.getName().toString();
            declare(
                    name,
                    node.getParameters().stream()
                            .map(p -> p.getName().toString())
                            .toList());
            return super.visitMethod(node, null);
        }
    }

    /** Collects the literals passed in those places and returned by the events' {@code action()}. */
    private final class Uses extends TreeScanner<Void, Void> {

        private String method;

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            String outer = method;
            method = node.getParameters().isEmpty() ? node.getName().toString() : null;
            super.visitMethod(node, null);
            method = outer;
            return null;
        }

        @Override
        public Void visitReturn(ReturnTree node, Void unused) {
            if ("action".equals(method)) {
                collect(node.getExpression(), actions, computedActionPrefixes);
            } else if ("entityType".equals(method)) {
                collect(node.getExpression(), entityTypes, computedEntityTypePrefixes);
            }
            return super.visitReturn(node, null);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            ExpressionTree select = node.getMethodSelect();
            String name = select instanceof MemberSelectTree m
                    ? m.getIdentifier().toString()
                    : ((IdentifierTree) select).getName().toString();
            arguments(name, node.getArguments());
            return super.visitMethodInvocation(node, null);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            Tree type = node.getIdentifier();
            if (type instanceof ParameterizedTypeTree p) {
                type = p.getType();
            }
            String name = type instanceof MemberSelectTree m ? m.getIdentifier().toString() : type.toString();
            arguments(name, node.getArguments());
            return super.visitNewClass(node, null);
        }

        private void arguments(String name, List<? extends ExpressionTree> arguments) {
            String key = key(name, arguments.size());
            actionPositions
                    .getOrDefault(key, Set.of())
                    .forEach(i -> collect(arguments.get(i), actions, computedActionPrefixes));
            typePositions
                    .getOrDefault(key, Set.of())
                    .forEach(i -> collect(arguments.get(i), entityTypes, computedEntityTypePrefixes));
        }
    }

    /**
     * The values an expression can have go to {@code names}: a literal, either branch of a condition, and a
     * concatenation of those; a concatenation with something else gives its known beginning to {@code prefixes}.
     */
    private void collect(ExpressionTree expression, Set<String> names, Set<String> prefixes) {
        Set<String> values = values(expression);
        if (values != null) {
            names.addAll(values);
        } else if (expression instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS) {
            Set<String> left = values(b.getLeftOperand());
            if (left != null) {
                prefixes.addAll(left);
            } else {
                collect(b.getLeftOperand(), new TreeSet<>(), prefixes);
            }
        }
    }

    /**
     * Every value the expression can have, or null when one depends on something other than literals and the unit's
     * string constants.
     */
    private Set<String> values(ExpressionTree expression) {
        if (expression instanceof LiteralTree l) {
            return l.getValue() instanceof String s ? Set.of(s) : null;
        }
        if (expression instanceof IdentifierTree i
                && constants.containsKey(i.getName().toString())) {
            return Set.of(constants.get(i.getName().toString()));
        }
        if (expression instanceof ParenthesizedTree p) {
            return values(p.getExpression());
        }
        if (expression instanceof ConditionalExpressionTree c) {
            return combined(values(c.getTrueExpression()), values(c.getFalseExpression()), (a, b) -> List.of(a, b));
        }
        if (expression instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS) {
            return combined(values(b.getLeftOperand()), values(b.getRightOperand()), (l, r) -> List.of(l + r));
        }
        return null;
    }

    /** For a condition, either side's values; for a concatenation, every pair joined. */
    private static Set<String> combined(
            Set<String> left, Set<String> right, java.util.function.BiFunction<String, String, List<String>> join) {
        if (left == null || right == null) {
            return null;
        }
        Set<String> all = new TreeSet<>();
        left.forEach(l -> right.forEach(r -> all.addAll(join.apply(l, r))));
        return all;
    }
}
