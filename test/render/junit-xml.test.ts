import { describe, expect, it } from 'vitest';
import { junitXml } from '../../src/render/diagnostics/junit-xml.js';

describe('junitXml', () => {
  it('escapes attributes and keeps CDATA closed, whatever the catalog text holds', () => {
    const xml = junitXml('gkml', [
      {
        name: 'a&b.yaml',
        cases: [
          {
            classname: 'a&b.yaml',
            name: '<x> "q"\tline\nnext',
            file: 'a&b.yaml',
            failure: { message: '=HYPERLINK("x")\r<b>', type: 'error' },
          },
          { classname: 'a&b.yaml', name: 'info', file: 'a&b.yaml', output: 'one ]]> two ]]> end' },
        ],
      },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="gkml" tests="2" failures="1" errors="0" skipped="0">',
        '  <testsuite name="a&amp;b.yaml" tests="2" failures="1" errors="0" skipped="0">',
        '    <testcase classname="a&amp;b.yaml" name="&lt;x> &quot;q&quot;&#x9;line&#xA;next" file="a&amp;b.yaml">',
        '      <failure message="=HYPERLINK(&quot;x&quot;)&#xD;&lt;b>" type="error"/>',
        '    </testcase>',
        '    <testcase classname="a&amp;b.yaml" name="info" file="a&amp;b.yaml">',
        '      <system-out><![CDATA[one ]]]]><![CDATA[> two ]]]]><![CDATA[> end]]></system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
      ].join('\n'),
    );
  });

  it('replaces characters XML 1.0 cannot hold instead of failing', () => {
    const xml = junitXml('gkml', [
      { name: 'f', cases: [{ classname: 'f', name: 'bell\u0007 lone\uD800', file: 'f' }] },
    ]);
    expect(xml).toContain('name="bell\uFFFD lone\uFFFD"');
  });

  it('an empty report is one empty element', () => {
    expect(junitXml('gkml', [])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gkml" tests="0" failures="0" errors="0" skipped="0"/>',
    );
  });
});
