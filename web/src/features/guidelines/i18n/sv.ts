export default { nav: 'Communityregler' };
