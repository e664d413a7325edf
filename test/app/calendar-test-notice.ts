/** Test data only: a made-up notice for 2027 (the State Council's is not published yet), clearly labelled as such. */
export const TEST_NOTICE_2027 = {
  year: 2027,
  notice: {
    title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
    documentNumber: '国办发明电〔2026〕99号',
    publishedOn: '2026-11-20',
    checkedAgainst: ['test fixture: not a published notice'],
  },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  makeUpWorkdays: [{ date: '2027-02-14', holiday: '春节' }],
};
