package cn.zhuanban;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads a message bundle as Spring does (UTF-8), for the checks of {@link I18nTests}. */
final class MessageBundle {

    private MessageBundle() {}

    static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    /** The bundle's texts by key. */
    static Map<String, String> texts(Path file) throws IOException {
        Properties properties = load(file);
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Keys defined more than once; each logical line is loaded on its own to get its key as parsed. */
    static List<String> duplicateKeys(Path file) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : logicalLines(Files.readAllLines(file))) {
            Properties single = new Properties();
            single.load(new StringReader(line));
            for (String key : single.stringPropertyNames()) {
                if (!seen.add(key)) {
                    duplicates.add(key);
                }
            }
        }
        return duplicates;
    }

    private static List<String> logicalLines(List<String> lines) {
        List<String> logical = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            current.append(line).append('\n');
            if (!continues(line)) {
                logical.add(current.toString());
                current.setLength(0);
            }
        }
        logical.add(current.toString());
        return logical;
    }

    /** A line continues on the next when it ends in an odd number of backslashes. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        String trimmed = line.stripLeading();
        boolean comment = trimmed.startsWith("#") || trimmed.startsWith("!");
        return !comment && backslashes % 2 == 1;
    }
}
