export default { nav: 'Community guidelines' };
