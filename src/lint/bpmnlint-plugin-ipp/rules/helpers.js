// Reading Camunda attributes and documentation from bpmn-moddle elements.
function camunda(node, name) {
  const value = node.get ? node.get('camunda:' + name) : undefined;
  return value !== undefined ? value : (node.$attrs || {})['camunda:' + name];
}

function documentation(node) {
  return (node.documentation || []).map(d => d.text || '').join(' ');
}

function isAny(node, types) {
  return types.some(type => node.$instanceOf && node.$instanceOf(type));
}

module.exports = { camunda, documentation, isAny };
