// Shared columns and rows for the render tests: long prose, unbreakable words, CJK, emoji,
// lists, nulls and hostile escape sequences.
import type { Column, Row } from '../../src/render/model.js';

export const programColumns: Column[] = [
  { key: 'id', header: 'ID', noWrap: true, tone: 'id' },
  { key: 'title', header: 'Title', weight: 3 },
  { key: 'countries', header: 'Countries', weight: 1 },
  { key: 'amount', header: 'Amount', align: 'right', noWrap: true, tone: 'amount' },
];

const longText =
  'Japan provided grant aid for the improvement of the water supply system in Phnom Penh and, through JICA, ' +
  'dispatched experts who trained engineers of the Phnom Penh Water Supply Authority over more than two decades; ' +
  'the project is often called the “Miracle of Phnom Penh” (プノンペンの奇跡) 🚰.';

export const programRows: Row[] = [
  { id: 'khm-water-2017', title: longText, countries: ['KHM'], amount: '$10 million' },
  {
    id: 'asean-connect',
    title: 'Connectivity: https://www.mofa.go.jp/policy/oda/white/2018/an-extremely-long-unbreakable-address-that-goes-on-and-on',
    countries: ['IDN', 'VNM', 'LAO', 'KHM', 'MMR', 'PHL', 'THA', 'MYS'],
    amount: 'approximately ¥45 billion',
  },
  { id: 'evil', title: 'Clear\u001b[2J\u001b[Hscreen \u001b]0;pwned\u0007and \u202egnirts desrever\u202c\nnew line', countries: [], amount: null },
  { id: 'cjk', title: '日本の開発協力白書二〇一八年版日本の開発協力白書二〇一八年版日本の開発協力白書', countries: null, amount: '$6 billion' },
];
