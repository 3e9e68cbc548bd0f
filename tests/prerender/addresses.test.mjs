// Which addresses a page's `src` may reach at prerender time (src/prerender/reach.ts), however
// they are spelled: each internal one refused, each public one allowed.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isInternalAddress } from '../../dist/prerender/reach.js';

const INTERNAL = [
  '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
  '::', '::1', '0:0:0:0:0:0:0:1', '0000:0000:0000:0000:0000:0000:0000:0001', '[::1]', '::127.0.0.1',
  '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:a00:1', '::ffff:169.254.169.254',
  '2002:7f00:1::', '2002:a9fe:a9fe::1', '2002:c0a8:0101::',
  'fd00:ec2::254', 'FD00:EC2::254', 'fc00::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
  '64:ff9b::7f00:1', '64:ff9b::808:808', '2001:0:4136:e378::1', '2001:db8::1', '100::1',
  'not an address', '1::2::3', '12345::1',
];
const PUBLIC = ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2002:808:808::1', '2a00:1450:4001:80b::200e'];

it('refuses every internal address, in every spelling', () => {
  for (const address of INTERNAL) assert.equal(isInternalAddress(address), true, address);
});

it('allows public addresses, IPv4 carried in IPv6 included', () => {
  for (const address of PUBLIC) assert.equal(isInternalAddress(address), false, address);
});
