package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams a service lead reads, read from their diagram interchange as Modeler and Cockpit draw
 * them: on each plane no shape overlaps another, no label overlaps a shape or another label or
 * straddles the border of a sub-process, and no edge runs through a shape it does not join.
 * Containers (pool, lanes, expanded sub-processes) hold shapes and are not counted as overlapping them.
 */
class DiagramLayoutTest {

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void nothingOverlapsAndNoEdgeRunsThroughAShape(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
      problems.addAll(new Plane(plane).problems());
    }
    assertThat(problems).as(file.getFileName() + ": what a reader of the diagram would trip over").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void everyEdgeRunsAcrossAndDown(Path file) {
    // a diagonal edge is how a hand-moved shape leaves its edges: Modeler's own layout never draws one
    List<String> diagonal = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> segments(edge).stream().anyMatch(segment -> segment.x1() != segment.x2()
            && segment.y1() != segment.y2()))
        .map(edge -> edge.getBpmnElement().getId()).toList();
    assertThat(diagonal).as(file.getFileName() + ": edges with a diagonal segment").isEmpty();
  }

  private record Box(double x, double y, double width, double height) {
    static Box of(Bounds bounds) {
      return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height
          && other.y < y + height;
    }

    boolean contains(Box other) {
      return other.x >= x && other.y >= y && other.x + other.width <= x + width
          && other.y + other.height <= y + height;
    }

    /** Shrunk by a pixel each side: an edge may end on a shape's border, not cross into it. */
    Box inner() {
      return new Box(x + 1, y + 1, width - 2, height - 2);
    }
  }

  private record Segment(double x1, double y1, double x2, double y2) {
    Box box() {
      return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.max(Math.abs(x2 - x1), 0.01),
          Math.max(Math.abs(y2 - y1), 0.01));
    }
  }

  private static List<Segment> segments(BpmnEdge edge) {
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    List<Segment> segments = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      segments.add(new Segment(points.get(i - 1).getX(), points.get(i - 1).getY(), points.get(i).getX(),
          points.get(i).getY()));
    }
    return segments;
  }

  /** One plane: the journey's pool, or a collapsed sub-process drawn on its own. */
  private static final class Plane {
    private final Map<String, Box> shapes = new java.util.LinkedHashMap<>();
    private final Map<String, Box> containers = new java.util.LinkedHashMap<>();
    private final Map<String, Box> labels = new java.util.LinkedHashMap<>();
    private final Map<String, String> hosts = new java.util.HashMap<>();
    private final List<BpmnEdge> edges = new ArrayList<>();

    Plane(BpmnPlane plane) {
      for (BpmnShape shape : plane.getChildElementsByType(BpmnShape.class)) {
        BaseElement element = shape.getBpmnElement();
        Box box = Box.of(shape.getBounds());
        boolean container = element instanceof Participant || element instanceof Lane || element instanceof Process
            || (element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded()));
        (container ? containers : shapes).put(element.getId(), box);
        if (element instanceof BoundaryEvent boundary) {
          hosts.put(boundary.getId(), boundary.getAttachedTo().getId());
        }
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          labels.put(element.getId(), Box.of(shape.getBpmnLabel().getBounds()));
        }
      }
      for (BpmnEdge edge : plane.getChildElementsByType(BpmnEdge.class)) {
        edges.add(edge);
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
          labels.put(edge.getBpmnElement().getId(), Box.of(edge.getBpmnLabel().getBounds()));
        }
      }
    }

    List<String> problems() {
      List<String> problems = new ArrayList<>();
      List<String> ids = List.copyOf(shapes.keySet());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          String a = ids.get(i);
          String b = ids.get(j);
          boolean attached = b.equals(hosts.get(a)) || a.equals(hosts.get(b));
          if (!attached && shapes.get(a).overlaps(shapes.get(b))) {
            problems.add("the shapes " + a + " and " + b + " overlap");
          }
        }
      }
      List<String> labelled = List.copyOf(labels.keySet());
      for (int i = 0; i < labelled.size(); i++) {
        String label = labelled.get(i);
        Box box = labels.get(label);
        for (int j = i + 1; j < labelled.size(); j++) {
          if (box.overlaps(labels.get(labelled.get(j)))) {
            problems.add("the labels of " + label + " and " + labelled.get(j) + " overlap");
          }
        }
        shapes.forEach((id, shape) -> {
          if (!id.equals(label) && box.overlaps(shape)) {
            problems.add("the label of " + label + " covers the shape " + id);
          }
        });
        containers.forEach((id, container) -> {
          if (shapes.containsKey(id) || !box.overlaps(container) || container.contains(box)) {
            return;
          }
          problems.add("the label of " + label + " straddles the border of " + id);
        });
      }
      for (BpmnEdge edge : edges) {
        SequenceFlow flow = edge.getBpmnElement() instanceof SequenceFlow sequenceFlow ? sequenceFlow : null;
        String source = flow == null ? null : flow.getSource().getId();
        String target = flow == null ? null : flow.getTarget().getId();
        for (Segment segment : segments(edge)) {
          shapes.forEach((id, shape) -> {
            boolean joined = id.equals(source) || id.equals(target) || id.equals(hosts.get(source));
            if (!joined && segment.box().overlaps(shape.inner())) {
              problems.add("the edge " + edge.getBpmnElement().getId() + " runs through " + id);
            }
          });
        }
      }
      return problems;
    }
  }
}
