package dev.ssot.cli.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a composite action's steps the way the GitHub runner does, on this machine: each {@code run}
 * step in bash ({@code bash --noprofile --norc -eo pipefail}, as {@code shell: bash}) in the
 * workspace, with a fresh {@code GITHUB_OUTPUT} file per step whose outputs later steps read
 * through {@code ${{ steps.ID.outputs.NAME }}}, and {@code GITHUB_STEP_SUMMARY}, {@code
 * GITHUB_WORKSPACE}, {@code GITHUB_ACTION_PATH}, {@code RUNNER_TEMP} set. {@code uses} steps
 * (setup-java, cache, upload-sarif) need GitHub's services: they are recorded with their evaluated
 * {@code with:} and {@code if:}, not run. As on GitHub, a failing run step ends the run steps.
 * Expressions other than inputs, step outputs, {@code github.action_path} and {@code runner.*} fail
 * the run, so the action cannot use one this harness does not understand.
 */
final class ActionRunner {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

  /** One step's outcome. */
  record Step(
      String id,
      String name,
      String uses,
      Map<String, String> with,
      String condition,
      Integer exitCode,
      String stdout,
      String stderr,
      Map<String, String> outputs) {}

  /**
   * The whole run: steps in order, the action's outputs, and the exit code of the last run step.
   */
  record Run(List<Step> steps, Map<String, String> outputs, int exitCode, String summary) {

    Step step(String id) {
      return steps.stream().filter(s -> id.equals(s.id())).findFirst().orElseThrow();
    }
  }

  private final Path actionPath;
  private final JsonNode action;

  ActionRunner(Path actionPath) throws IOException {
    this.actionPath = actionPath.toAbsolutePath().normalize();
    this.action =
        new ObjectMapper(new YAMLFactory())
            .readTree(this.actionPath.resolve("action.yml").toFile());
  }

  JsonNode action() {
    return action;
  }

  Run run(Path workspace, Path temp, Map<String, String> inputs, Map<String, String> extraEnv)
      throws IOException, InterruptedException {
    Map<String, String> in = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = action.get("inputs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> input = it.next();
      JsonNode fallback = input.getValue().get("default");
      in.put(input.getKey(), fallback == null ? "" : fallback.asText());
    }
    for (String name : inputs.keySet()) {
      if (!in.containsKey(name)) {
        throw new IllegalArgumentException("action.yml has no input " + name);
      }
    }
    in.putAll(inputs);
    Path summary = temp.resolve("step-summary.md");
    Files.writeString(summary, "");
    Map<String, Map<String, String>> stepOutputs = new LinkedHashMap<>();
    Context context = new Context(in, stepOutputs, temp);
    List<Step> steps = new ArrayList<>();
    int exitCode = 0;
    boolean failed = false;
    int index = 0;
    for (JsonNode step : action.at("/runs/steps")) {
      index++;
      String id = step.has("id") ? step.get("id").asText() : "step" + index;
      String name = step.has("name") ? step.get("name").asText() : id;
      String condition = step.has("if") ? step.get("if").asText() : null;
      if (step.has("uses")) {
        Map<String, String> with = new LinkedHashMap<>();
        if (step.has("with")) {
          step.get("with")
              .fields()
              .forEachRemaining(e -> with.put(e.getKey(), context.eval(e.getValue().asText())));
        }
        steps.add(
            new Step(
                id,
                name,
                step.get("uses").asText(),
                with,
                condition == null ? null : context.references(condition),
                null,
                "",
                "",
                Map.of()));
        continue;
      }
      if (failed) {
        continue;
      }
      if (condition != null) {
        throw new IllegalStateException(
            "run step " + id + " has an if: this harness does not evaluate");
      }
      if (!"bash".equals(step.path("shell").asText())) {
        throw new IllegalStateException("run step " + id + " must use shell: bash");
      }
      Path script = temp.resolve("step-" + index + ".sh");
      Files.writeString(script, context.eval(step.get("run").asText()));
      Path output = temp.resolve("github-output-" + index);
      Files.writeString(output, "");
      ProcessBuilder process =
          new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
              .directory(workspace.toFile());
      Map<String, String> env = process.environment();
      env.putAll(extraEnv);
      env.put("GITHUB_WORKSPACE", workspace.toString());
      env.put("GITHUB_ACTION_PATH", actionPath.toString());
      env.put("GITHUB_OUTPUT", output.toString());
      env.put("GITHUB_STEP_SUMMARY", summary.toString());
      env.put("RUNNER_TEMP", temp.toString());
      env.put("RUNNER_OS", "Linux");
      if (step.has("env")) {
        step.get("env")
            .fields()
            .forEachRemaining(e -> env.put(e.getKey(), context.eval(e.getValue().asText())));
      }
      Path stdout = temp.resolve("stdout-" + index);
      Path stderr = temp.resolve("stderr-" + index);
      Process started =
          process.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!started.waitFor(10, TimeUnit.MINUTES)) {
        started.destroyForcibly();
        throw new IllegalStateException("step " + id + " timed out");
      }
      int code = started.exitValue();
      Map<String, String> outputs = parseOutputs(Files.readString(output));
      stepOutputs.put(id, outputs);
      steps.add(
          new Step(
              id,
              name,
              null,
              Map.of(),
              null,
              code,
              Files.readString(stdout),
              Files.readString(stderr),
              outputs));
      exitCode = code;
      failed = code != 0;
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    action
        .path("outputs")
        .fields()
        .forEachRemaining(
            e -> outputs.put(e.getKey(), context.eval(e.getValue().get("value").asText())));
    return new Run(steps, outputs, exitCode, Files.readString(summary, StandardCharsets.UTF_8));
  }

  /**
   * Whether a resolved {@code if:} (see {@link Step#condition()}) holds: terms joined by {@code
   * &&}, each {@code !cancelled()}, {@code always()}, {@code success()} (true: nothing was
   * cancelled, and the step is only reached while the run succeeded), or {@code 'a' == 'b'} /
   * {@code 'a' != 'b'}.
   */
  static boolean holds(String condition) {
    String body = condition.strip();
    if (body.startsWith("${{") && body.endsWith("}}")) {
      body = body.substring(3, body.length() - 2);
    }
    boolean result = true;
    for (String term : body.split("&&")) {
      String t = term.strip();
      Matcher compare = Pattern.compile("'([^']*)'\\s*(==|!=)\\s*'([^']*)'").matcher(t);
      if (t.equals("!cancelled()") || t.equals("always()") || t.equals("success()")) {
        continue;
      } else if (compare.matches()) {
        boolean equal = compare.group(1).equals(compare.group(3));
        result &= compare.group(2).equals("==") == equal;
      } else {
        throw new IllegalStateException("cannot evaluate '" + t + "' in " + condition);
      }
    }
    return result;
  }

  /** {@code name=value} lines and {@code name<<DELIMITER} blocks, as the runner reads them. */
  static Map<String, String> parseOutputs(String text) {
    Map<String, String> outputs = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int heredoc = line.indexOf("<<");
      int equals = line.indexOf('=');
      if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        for (i++; i < lines.length && !lines[i].equals(delimiter); i++) {
          value.append(value.length() > 0 ? "\n" : "").append(lines[i]);
        }
        outputs.put(line.substring(0, heredoc), value.toString());
      } else if (equals > 0) {
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }

  private final class Context {
    final Map<String, String> inputs;
    final Map<String, Map<String, String>> steps;
    final Path temp;

    Context(Map<String, String> inputs, Map<String, Map<String, String>> steps, Path temp) {
      this.inputs = inputs;
      this.steps = steps;
      this.temp = temp;
    }

    String eval(String text) {
      Matcher matcher = EXPRESSION.matcher(text);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1))));
      }
      matcher.appendTail(out);
      return out.toString();
    }

    /** An {@code if:} with its inputs and step outputs replaced by their values, quoted. */
    String references(String condition) {
      Matcher matcher =
          Pattern.compile("(inputs\\.[a-z-]+|steps\\.[a-z-]+\\.outputs\\.[a-z-]+)")
              .matcher(condition);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(
            out, Matcher.quoteReplacement("'" + value(matcher.group(1)) + "'"));
      }
      matcher.appendTail(out);
      return out.toString();
    }

    String value(String expression) {
      if (expression.startsWith("inputs.")) {
        String name = expression.substring("inputs.".length());
        if (!inputs.containsKey(name)) {
          throw new IllegalStateException("unknown input in ${{ " + expression + " }}");
        }
        return inputs.get(name);
      }
      Matcher step =
          Pattern.compile("steps\\.([a-z0-9_-]+)\\.outputs\\.([a-z0-9_-]+)").matcher(expression);
      if (step.matches()) {
        return steps.getOrDefault(step.group(1), Map.of()).getOrDefault(step.group(2), "");
      }
      return switch (expression) {
        case "github.action_path" -> actionPath.toString();
        case "runner.temp" -> temp.toString();
        case "runner.os" -> "Linux";
        default ->
            throw new IllegalStateException("unsupported expression ${{ " + expression + " }}");
      };
    }
  }
}
