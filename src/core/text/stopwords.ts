/** Function words and reporting verbs: they carry no evidence that one text was made from another. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at be ' +
    'because been before being below between both but by can could did do does doing done down during each either ' +
    'else even ever every few for from further had has have having he her here hers herself him himself his how ' +
    'however i if in into is it its itself just least less like made make many may me might more most much must my ' +
    'myself neither now of off often on once one only onto or other others otherwise our ours ourselves ' +
    'out over own per perhaps rather same several shall she should since so some such than that the their theirs ' +
    'them themselves then there these they this those though through thus to too toward towards under until up upon ' +
    'us very via was we were what whatever when where whether which while who whom whose why will with within ' +
    'without would yet you your yours yourself also still already just well back way get got go going gone went ' +
    'said say says saying told tell tells according added adding noted stated ' +
    "it's he's she's that's there's " +
    "'s s t mr mrs ms dr"
  ).split(/\s+/),
);
