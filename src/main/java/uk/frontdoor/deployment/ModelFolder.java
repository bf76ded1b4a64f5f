package uk.frontdoor.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every file of a service lead's {@code processes/} folder, read once, by its name relative to the
 * folder with {@code /} between folders ({@code forms/record-contact.form}). The check and the
 * deployment read the same bytes, so what was checked is what goes live.
 */
public record ModelFolder(String location, SortedMap<String, byte[]> files) {

  public ModelFolder {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** A folder on disk, for the command a service lead runs and for the build. */
  public static ModelFolder read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + folder, e);
    }
    return new ModelFolder(folder.toString(), files);
  }

  /** A folder as Spring finds it ({@code classpath:processes/}, {@code file:/srv/front-door/processes/}). */
  static ModelFolder read(ResourcePatternResolver resolver, String folder) throws IOException {
    String base = resolver.getResource(folder).getURL().toString();
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Resource resource : resolver.getResources(folder + "**/*")) {
      if (!resource.isReadable()) {
        continue; // a folder
      }
      String url = resource.getURL().toString();
      if (!url.startsWith(base)) {
        throw new IllegalStateException("Model " + url + " is not below " + base);
      }
      try (InputStream in = resource.getInputStream()) {
        files.put(url.substring(base.length()), in.readAllBytes());
      }
    }
    return new ModelFolder(folder, files);
  }

  /** The files whose names end with {@code suffix}, e.g. {@code .bpmn}. */
  Map<String, byte[]> endingWith(String suffix) {
    Map<String, byte[]> matching = new TreeMap<>();
    files.forEach((name, content) -> {
      if (name.endsWith(suffix)) {
        matching.put(name, content);
      }
    });
    return matching;
  }

  String text(String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }
}
