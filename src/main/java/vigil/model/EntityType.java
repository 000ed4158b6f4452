package vigil.model;

/** Named-entity classes Vigil distinguishes. NORP = nationalities, religious and political groups ("Iraqi"). */
public enum EntityType { PERSON, ORGANIZATION, ARMED_GROUP, LOCATION, NORP, MISC }
