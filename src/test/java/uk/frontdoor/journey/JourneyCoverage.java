package uk.frontdoor.journey;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;

/**
 * The test class's own coverage of one process model, split into flow nodes and sequence flows,
 * read from the coverage collector the process-test-coverage listener is filling for the class
 * that is running (its report is written after the class, under target/process-test-coverage/).
 */
record JourneyCoverage(Set<String> nodes, Set<String> coveredNodes, Set<String> flows, Set<String> coveredFlows) {

  double nodeRatio() {
    return (double) coveredNodes.size() / nodes.size();
  }

  double flowRatio() {
    return (double) coveredFlows.size() / flows.size();
  }

  Set<String> missedNodes() {
    return nodes.stream().filter(id -> !coveredNodes.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  Set<String> missedFlows() {
    return flows.stream().filter(id -> !coveredFlows.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Override
  public String toString() {
    return String.format("flow nodes %d/%d (%.1f%%), sequence flows %d/%d (%.1f%%); missed nodes %s, missed flows %s",
        coveredNodes.size(), nodes.size(), 100 * nodeRatio(), coveredFlows.size(), flows.size(), 100 * flowRatio(),
        missedNodes(), missedFlows());
  }

  static JourneyCoverage ofActiveSuite(ProcessEngine engine, String processKey) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    Set<String> nodes = ids(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
    Set<String> flows = ids(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
    Collection<Event> events = collector(engine).getActiveSuite().getEvents().stream()
        .filter(event -> processKey.equals(event.getModelKey())).toList();
    return new JourneyCoverage(nodes, covered(events, EventSource.FLOW_NODE, nodes), flows,
        covered(events, EventSource.SEQUENCE_FLOW, flows));
  }

  private static Set<String> ids(Collection<String> ids) {
    return Set.copyOf(ids);
  }

  private static Set<String> covered(Collection<Event> events, EventSource source, Set<String> inModel) {
    return events.stream().filter(event -> event.getSource() == source).map(Event::getDefinitionKey)
        .filter(inModel::contains).collect(Collectors.toSet());
  }

  /** The library keeps the class's collector in its parse listener only: read it from there. */
  private static DefaultCollector collector(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ElementCoverageParseListener listener = configuration.getCustomPostBPMNParseListeners().stream()
        .filter(ElementCoverageParseListener.class::isInstance).map(ElementCoverageParseListener.class::cast)
        .findFirst().orElseThrow(() -> new IllegalStateException("process test coverage is not configured"));
    try {
      Field state = ElementCoverageParseListener.class.getDeclaredField("coverageState");
      state.setAccessible(true);
      return (DefaultCollector) state.get(listener);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("process test coverage changed its internals", e);
    }
  }
}
