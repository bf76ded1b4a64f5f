// Lints every BPMN and DMN file below a folder with the rules Camunda Modeler applies
// (bpmnlint recommended + Camunda 7.24 compatibility, dmnlint recommended); see .bpmnlintrc.
// Usage: node lint-models.js <folder>. Exits non-zero on any error or warning.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const folder = path.resolve(process.argv[2] || 'processes');
const files = fs.readdirSync(folder, { recursive: true }).map(name => path.join(folder, name));
const bpmn = files.filter(file => file.endsWith('.bpmn'));
const dmn = files.filter(file => file.endsWith('.dmn'));

function run(bin, options, models) {
  if (models.length === 0) {
    return 0;
  }
  const result = spawnSync(process.execPath, [path.join(__dirname, 'node_modules', bin), ...options, ...models],
    { cwd: __dirname, stdio: 'inherit' });
  return result.status === null ? 1 : result.status;
}

const bpmnStatus = run('bpmnlint/bin/bpmnlint.js', ['--max-warnings=0'], bpmn);
const dmnStatus = run('dmnlint/bin/dmnlint.js', [], dmn);
console.log(`Linted ${bpmn.length} BPMN and ${dmn.length} DMN files in ${folder}`);
process.exit(bpmnStatus || dmnStatus);
